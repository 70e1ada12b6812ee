//! Deeply nested input (Fluent placeables, calls and selects; TOML arrays, tables and
//! dotted keys) is refused with a typed error before it is parsed, through the checker,
//! pack verification, install and start-up; it never overflows the stack.
//!
//! Each case runs on a thread with a small stack (256 KiB, less than any phone gives a
//! thread), so a parser that recursed once per level would crash the test, not pass it.

use safesteps_core::content::signing::{Limits, build_pack_file, generate_key, parse_secret_key};
use safesteps_core::content::{Catalog, PackFiles, Severity, check, load_pack_file};
use safesteps_core::store::Store;
use safesteps_core::{Engine, ErrorKind, OpenOptions, PackSource};

const LEVELS: usize = 2_000;

/// Run `f` on a thread with a small stack.
fn small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no crash")
}

fn deep_placeables() -> String {
    format!(
        "deep-msg = {}x{}\n",
        "{ ".repeat(LEVELS),
        " }".repeat(LEVELS)
    )
}

fn deep_calls() -> String {
    format!(
        "deep-msg = {{ {}$x{} }}\n",
        "NUMBER(".repeat(LEVELS),
        ")".repeat(LEVELS)
    )
}

fn deep_selects() -> String {
    format!("deep-msg = {}x\n", "{ $n ->\n   *[other] ".repeat(LEVELS))
}

fn deep_toml() -> String {
    format!(
        "id = \"x\"\nnested = {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    )
}

fn with(path: &str, text: &str) -> PackFiles {
    let mut files = PackFiles::embedded();
    files.insert(path, text);
    files
}

#[test]
fn the_checker_reports_deep_fluent_and_toml_at_the_file() {
    for (what, text) in [
        ("placeables", deep_placeables()),
        ("calls", deep_calls()),
        ("selects", deep_selects()),
    ] {
        for locale in ["en", "ur", "zu"] {
            let path = format!("locales/{locale}/deep.ftl");
            let files = with(&path, &text);
            let diagnostics = small_stack(move || check(&files).unwrap());
            let found = diagnostics
                .iter()
                .find(|d| d.file == path && d.severity == Severity::Error)
                .unwrap_or_else(|| panic!("{what} in {locale}: no error at {path}"));
            assert!(
                found.message.contains("nested more than"),
                "{what}: {}",
                found.message
            );
            // The rest of the file and pack is still checked: nothing else broke.
            assert_eq!(
                diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count(),
                1,
                "{what}: {diagnostics:?}"
            );
        }
    }

    let files = with("modules/99-deep.toml", &deep_toml());
    let diagnostics = small_stack(move || check(&files).unwrap());
    let found = diagnostics
        .iter()
        .find(|d| d.file == "modules/99-deep.toml")
        .expect("an error at the module");
    assert!(
        found.message.contains("nested more than"),
        "{}",
        found.message
    );

    // The manifest itself: refused with a typed error, not a crash.
    let files = with(
        "pack.toml",
        &format!(
            "{}\nx = {}{}\n",
            PackFiles::embedded().text("pack.toml").unwrap(),
            "{a=".repeat(50_000),
            "}".repeat(50_000)
        ),
    );
    let e = small_stack(move || check(&files).unwrap_err());
    assert_eq!(e.kind(), ErrorKind::ContentInvalid);
    assert!(e.to_string().contains("nested more than"), "{e}");
}

#[test]
fn nesting_within_the_limit_is_accepted() {
    let depth = safesteps_core::content::scan::MAX_FLUENT_DEPTH;
    let ok = format!("deep-msg = {}x{}\n", "{ ".repeat(depth), " }".repeat(depth));
    let files = with("locales/en/deep.ftl", &ok);
    let diagnostics = small_stack(move || check(&files).unwrap());
    assert!(
        !diagnostics.iter().any(|d| d.file == "locales/en/deep.ftl"),
        "{diagnostics:?}"
    );
    let over = format!(
        "deep-msg = {}x{}\n",
        "{ ".repeat(depth + 1),
        " }".repeat(depth + 1)
    );
    let files = with("locales/en/deep.ftl", &over);
    let diagnostics = small_stack(move || check(&files).unwrap());
    assert!(diagnostics.iter().any(|d| d.file == "locales/en/deep.ftl"));
}

struct Keys {
    secret: String,
    public: String,
}

fn signed(files: &PackFiles, version: &str, k: &Keys) -> Vec<u8> {
    let mut files = files.clone();
    let manifest = files.text("pack.toml").unwrap().replace(
        "\nversion = \"0.1.0\"",
        &format!("\nversion = \"{version}\""),
    );
    files.insert("pack.toml", manifest);
    build_pack_file(&files, &parse_secret_key(&k.secret).unwrap()).unwrap()
}

#[test]
fn building_refuses_deep_toml() {
    let (secret, _) = generate_key().unwrap();
    let files = with("modules/99-deep.toml", &deep_toml());
    let e = small_stack(move || {
        build_pack_file(&files, &parse_secret_key(&secret).unwrap()).unwrap_err()
    });
    assert_eq!(e.kind(), ErrorKind::ContentInvalid);
    assert!(e.to_string().contains("nested more than"), "{e}");
}

#[test]
fn verify_and_install_refuse_deep_input_and_keep_the_app_working() {
    let (secret, public) = generate_key().unwrap();
    let k = Keys { secret, public };
    let dir = tempfile::tempdir().unwrap();
    let app = Engine::open(
        &dir.path().join("db.sqlite"),
        OpenOptions {
            preferred_locales: vec!["ur".into()],
            trusted_publisher_keys: vec![k.public.clone()],
            ..Default::default()
        },
    )
    .unwrap();
    let app = std::sync::Arc::new(app);
    let key = safesteps_core::content::signing::parse_public_key(&k.public).unwrap();
    for (i, (path, text)) in [
        ("locales/ur/deep.ftl", deep_placeables()),
        ("locales/zu/deep.ftl", deep_calls()),
        ("locales/en/deep.ftl", deep_selects()),
    ]
    .into_iter()
    .enumerate()
    {
        let file = dir.path().join(format!("deep{i}.sspack"));
        // (A built catalog has no nesting to bound: it is postcard of the model's types,
        // none of them recursive; packs.rs refuses damaged catalogs.)
        let pack = signed(&with(path, &text), "2.0.0", &k);
        std::fs::write(&file, pack).unwrap();

        // `safesteps pack verify` takes this path.
        let f = file.clone();
        let e = small_stack(move || load_pack_file(&f, &[key], &Limits::default()).unwrap_err());
        assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{path}: {e}");
        assert!(e.to_string().contains("nested more than"), "{path}: {e}");

        let a = std::sync::Arc::clone(&app);
        let e = small_stack(move || a.install_pack(&file, false).unwrap_err());
        assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{path}: {e}");
        assert!(e.to_string().contains("nested more than"), "{path}: {e}");
        assert_eq!(app.pack_info().source, PackSource::Embedded);
        assert_eq!(app.pack_info().active_locale, "ur");
        assert!(!app.modules(None).unwrap().is_empty());
    }
    assert!(
        !dir.path().join("db.sqlite-packs").exists(),
        "no refused install touched the pack folder"
    );
}

#[test]
fn a_deep_locale_in_the_pack_in_use_falls_back_to_the_default_locale() {
    // A pack in use that was never checked (built-in content from a broken build).
    let files = with("locales/ur/deep.ftl", &deep_placeables());
    let app = small_stack(move || {
        Engine::open_with(
            Store::open_in_memory().unwrap(),
            Catalog::unchecked(files).unwrap(),
            OpenOptions {
                preferred_locales: vec!["ur".into()],
                ..Default::default()
            },
            None,
            std::sync::Arc::new(|| 0),
        )
        .unwrap()
    });
    let info = app.pack_info();
    assert_eq!(info.active_locale, "en");
    assert_eq!(info.locale_problems.len(), 1, "{:?}", info.locale_problems);
    assert_eq!(info.locale_problems[0].locale, "ur");
    assert!(
        info.locale_problems[0].problem.contains("nested more than"),
        "{:?}",
        info.locale_problems
    );
    let lesson = app.lesson("private-info-1", None).unwrap();
    assert_eq!(lesson.locale, "en");
    assert!(!lesson.title.is_empty());
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize
    }
    fn below(&mut self, n: usize) -> usize {
        self.next() % n
    }
}

/// A valid Fluent expression nested `depth` deep: placeables, calls with string
/// arguments that hold braces, term calls and selects.
fn nested(rng: &mut Rng, depth: usize, out: &mut String) {
    if depth == 0 {
        out.push_str(["$v", "\"s{}\"", "msg", "-term"][rng.below(4)]);
        return;
    }
    match rng.below(4) {
        0 => {
            out.push_str("{ ");
            nested(rng, depth - 1, out);
            out.push_str(" }");
        }
        1 => {
            out.push_str("F(\"}{\", ");
            nested(rng, depth - 1, out);
            out.push(')');
        }
        2 => {
            out.push_str("-t(");
            nested(rng, depth - 1, out);
            out.push(')');
        }
        _ => {
            out.push_str("{ $n ->\n    [one] x\n   *[other] y { ");
            nested(rng, depth - 1, out);
            out.push_str(" }\n}");
        }
    }
}

/// Deeply nested messages with a few random edits (tokens that open, close or hide
/// nesting inserted anywhere, characters removed).
fn mutated_deep_fluent(rng: &mut Rng) -> String {
    const TOKENS: &[&str] = &[
        "{", "}", "(", ")", "\"", "\\", "\n", "\n#", "\nm = ", "\n-t = ", "[", "]", "*[o] ",
        "\n   ", "\r\n", ",", "\n}",
    ];
    let mut text = String::from("m = { ");
    let depth = 1 + rng.below(300);
    nested(rng, depth, &mut text);
    text.push_str(" }\n");
    for _ in 0..1 + rng.below(4) {
        let mut at = rng.below(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        if rng.below(3) == 0 {
            text.remove(at);
        } else {
            text.insert_str(at, TOKENS[rng.below(TOKENS.len())]);
        }
    }
    text
}

#[test]
fn whatever_the_scan_accepts_parses_on_a_small_stack() {
    // With the scan's limit set to 6, whatever it accepts must parse on a 128 KiB stack.
    // Most inputs nest far deeper than that stack allows (with a limit of 100,000 this
    // test crashes): if the scan ever counted less nesting than the parser meets, one
    // of them would crash the test.
    let limit: usize = 6;
    let mut rng = Rng(0x5eed);
    let mut accepted = 0;
    for _ in 0..3_000 {
        let text = mutated_deep_fluent(&mut rng);
        if safesteps_core::content::scan::fluent_with(&text, limit).is_err() {
            continue;
        }
        accepted += 1;
        std::thread::Builder::new()
            .stack_size(128 * 1024)
            .spawn(move || {
                let _ = fluent_bundle::FluentResource::try_new(text);
            })
            .unwrap()
            .join()
            .unwrap();
    }
    println!("{accepted} of 3,000 mutated inputs accepted by the scan");
    assert!(
        accepted > 10,
        "shallow inputs are accepted and parsed: {accepted}"
    );
}
