//! Cheap scans of pack text run before it is parsed, so that no input can make a parser
//! recurse without bound (a stack overflow aborts the process; there is no panic to
//! catch) or build an unbounded syntax tree.
//!
//! The Fluent parser (`fluent-syntax`) recurses once per nested placeable (`{ { ... } }`)
//! and per nested call (`F(G(...))`), with no limit of its own: 2,000 levels overflow the
//! stack. The TOML parser has its own recursion limit (80), but lexes the whole file
//! first; the scan refuses deep nesting with a clear message before that.
//!
//! Both scans are conservative: for valid input they measure exactly the nesting the
//! parser will meet; for invalid input they may count more than the parser would reach
//! (never less), so a refusal can only come early, never late.

/// Deepest nesting of placeables, calls and select variants in a Fluent file. Real
/// messages use three or four levels (a select inside a placeable with a variable).
pub const MAX_FLUENT_DEPTH: usize = 24;
/// Deepest nesting of arrays, inline tables and dotted keys in a TOML file.
pub const MAX_TOML_DEPTH: usize = 24;
/// Deepest nesting of arrays and objects in a JSON file of a built pack (its catalog,
/// its lexicons). The default pack's catalog nests 9 deep.
pub const MAX_JSON_DEPTH: usize = 32;
/// Largest `.toml` or `.ftl` file in a pack. The largest in the default pack is 20 KB.
pub const MAX_TEXT_FILE_BYTES: usize = 256 * 1024;
/// Largest total of a pack's `.toml` and `.ftl` files (the default pack has 430 KB). Text
/// is held in memory more than once while it is parsed, so it has a limit of its own.
pub const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;
/// Most Fluent syntax units (lines, placeables, calls, variants) in a whole pack, all
/// locales together; it bounds the memory the parsed messages take. The default pack
/// is well under it; the benchmarks' generated pack of 10,000 lesson steps (on top of the
/// default pack with its UI texts, in three locales) has about 41,000.
pub const MAX_FLUENT_UNITS: usize = 64_000;

/// Why a text was refused before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    /// Byte offset where the limit was passed.
    pub offset: usize,
    /// What was refused, for people.
    pub message: String,
}

impl std::fmt::Display for TooDeep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// What the Fluent scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FluentScan {
    /// Syntax units: lines, placeables, calls and variants.
    pub units: usize,
    /// Deepest nesting met.
    pub depth: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Inside `{ ... }`: an expression.
    Placeable,
    /// Inside `F( ... )` or `-term( ... )`: call arguments.
    Call,
    /// The pattern of a select variant, after `[key]`.
    Variant,
}

/// Scan Fluent source: the deepest nesting must stay within [`MAX_FLUENT_DEPTH`].
pub fn fluent(text: &str) -> Result<FluentScan, TooDeep> {
    fluent_with(text, MAX_FLUENT_DEPTH)
}

/// [`fluent()`] with another depth limit.
pub fn fluent_with(text: &str, max_depth: usize) -> Result<FluentScan, TooDeep> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut scan = FluentScan::default();
    let mut i = 0;
    let mut in_string = false;
    let mut in_key = false;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if line_start {
            line_start = false;
            scan.units += 1;
            // Comments and new entries start in column 0. A `#` there ends whatever the
            // parser was in (it is not valid inside an expression, and a pattern ends at
            // an unindented line), and so does `id =` / `-id =`, which no expression can
            // continue with. Everything before is done (or an error the parser abandoned).
            if b == b'#' {
                stack.clear();
                in_key = false;
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            if starts_entry(&bytes[i..]) {
                stack.clear();
                in_key = false;
            }
            // A variant's pattern ends at a line that is not indented text; the line
            // is then read in the enclosing expression.
            if stack.last() == Some(&Frame::Variant) {
                let indent = bytes[i..].iter().take_while(|&&c| c == b' ').count();
                match bytes.get(i + indent) {
                    None | Some(b'\n' | b'\r') => {}
                    Some(b'{') => {}
                    Some(b'[' | b'*' | b'}' | b'.') => {
                        stack.pop();
                    }
                    Some(_) if indent == 0 => {
                        stack.pop();
                    }
                    Some(_) => {}
                }
            }
        }
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                b'\n' => {
                    in_string = false;
                    line_start = true;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        // Outside every placeable, only `{` and the end of the line matter: skip the text
        // between them at once (most of a pack is such text).
        if stack.is_empty() && b != b'{' && b != b'\n' {
            i += bytes[i..]
                .iter()
                .position(|&c| c == b'{' || c == b'\n')
                .unwrap_or(bytes.len() - i);
            continue;
        }
        let top = stack.last().copied();
        let expression = matches!(top, Some(Frame::Placeable | Frame::Call));
        match b {
            b'\n' => {
                line_start = true;
                in_key = false;
            }
            b'{' => {
                stack.push(Frame::Placeable);
                scan.units += 1;
            }
            b'}' => match top {
                Some(Frame::Placeable) => {
                    stack.pop();
                }
                // `}` in a variant's text ends the select (or is an error the parser stops at).
                Some(Frame::Variant) => {
                    stack.pop();
                    if stack.last() == Some(&Frame::Placeable) {
                        stack.pop();
                    }
                }
                _ => {}
            },
            b'(' if expression => {
                stack.push(Frame::Call);
                scan.units += 1;
            }
            b')' if top == Some(Frame::Call) => {
                stack.pop();
            }
            b'"' if expression => in_string = true,
            b'[' if top == Some(Frame::Placeable) => {
                in_key = true;
                scan.units += 1;
            }
            b']' if in_key && top == Some(Frame::Placeable) => {
                in_key = false;
                stack.push(Frame::Variant);
            }
            _ => {}
        }
        if stack.len() > scan.depth {
            scan.depth = stack.len();
            if scan.depth > max_depth {
                return Err(TooDeep {
                    offset: i,
                    message: format!(
                        "placeables, calls or select variants are nested more than {max_depth} deep"
                    ),
                });
            }
        }
        i += 1;
    }
    Ok(scan)
}

/// Whether a line starts a Fluent message or term: `id =` or `-id =` in column 0.
fn starts_entry(line: &[u8]) -> bool {
    let rest = line.strip_prefix(b"-").unwrap_or(line);
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let id_len = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-')
        .count();
    rest[id_len..]
        .iter()
        .find(|&&c| c != b' ')
        .is_some_and(|&c| c == b'=')
}

/// Scan TOML source: arrays, inline tables and dotted keys must nest at most
/// [`MAX_TOML_DEPTH`] deep.
pub fn toml(text: &str) -> Result<(), TooDeep> {
    toml_with(text, MAX_TOML_DEPTH)
}

/// [`toml()`] with another depth limit.
pub fn toml_with(text: &str, max_depth: usize) -> Result<(), TooDeep> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut dots = 0usize;
    let mut i = 0;
    let too_deep = |offset: usize| TooDeep {
        offset,
        message: format!("arrays, tables or dotted keys are nested more than {max_depth} deep"),
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => {
                let triple = bytes[i..].starts_with(if b == b'"' { b"\"\"\"" } else { b"'''" });
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    let c = bytes[i];
                    if c == b'\\' && b == b'"' {
                        i += 2;
                        continue;
                    }
                    if c == b && (!triple || bytes[i..].starts_with(&[b, b, b])) {
                        i += if triple { 3 } else { 1 };
                        // A closing triple quote may be followed by one or two more quotes
                        // that belong to the string; they are harmless here.
                        break;
                    }
                    if c == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'.' => dots += 1,
            b'\n' | b'=' | b',' => dots = 0,
            _ => {}
        }
        if depth > max_depth || dots > max_depth {
            return Err(too_deep(i));
        }
        i += 1;
    }
    Ok(())
}

/// Scan JSON text: arrays and objects must nest at most [`MAX_JSON_DEPTH`] deep
/// (serde_json's own limit is 128; this refuses earlier, with the offset).
pub fn json(text: &str) -> Result<(), TooDeep> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_JSON_DEPTH {
                    return Err(TooDeep {
                        offset: i,
                        message: format!(
                            "arrays or objects are nested more than {MAX_JSON_DEPTH} deep"
                        ),
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(text: &str) -> usize {
        fluent_with(text, usize::MAX).unwrap().depth
    }

    #[test]
    fn fluent_depth_follows_the_parser() {
        assert_eq!(depth("a = plain text\n"), 0);
        assert_eq!(depth("a = Hello { $name }!\n"), 1);
        let select =
            "a = { $n ->\n    [one] one { $x }\n   *[other] many { NUMBER($n) }\n}\nb = { c }\n";
        assert_eq!(depth(select), 4);
        // Braces in string literals and comments do not count, nor parentheses in text.
        assert_eq!(depth("# {{{{{{{{\na = { \"{{{{\" } (((( \"{ x }\"\n"), 1);
        // `}` in a string does not close anything.
        assert_eq!(depth("a = { F(\"}\", { F(\"}\", { x }) }) }\n"), 5);
        // An unclosed placeable does not leak into the next message.
        assert_eq!(depth("a = { x\nb = { y }\n"), 1);
        // A line in column 0 can continue an expression: it still counts.
        assert_eq!(depth("a = {\nNUMBER(\n{\nNUMBER(\n{ x })})}\n"), 5);
        let deep = format!("a = {}x{}\n", "{ ".repeat(2000), " }".repeat(2000));
        let e = fluent(&deep).unwrap_err();
        assert_eq!(e.offset, 4 + 2 * MAX_FLUENT_DEPTH);
        let calls = format!("a = {{ {}x{} }}\n", "F(".repeat(2000), ")".repeat(2000));
        assert!(fluent(&calls).is_err());
        let selects = format!("a = {}\n", "{ $n ->\n *[x] ".repeat(1000));
        assert!(fluent(&selects).is_err());
    }

    #[test]
    fn json_depth() {
        assert!(json(r#"{"a": [1, {"b": "[[[[["}]}"#).is_ok());
        let deep = "[".repeat(MAX_JSON_DEPTH + 1);
        assert_eq!(json(&deep).unwrap_err().offset, MAX_JSON_DEPTH);
        let ok = format!(
            "{}{}",
            "[".repeat(MAX_JSON_DEPTH),
            "]".repeat(MAX_JSON_DEPTH)
        );
        assert!(json(&ok).is_ok());
        // Brackets inside strings (escaped quotes too) do not count.
        let quoted = format!("[\"\\\"{}\"]", "[".repeat(100));
        assert!(json(&quoted).is_ok());
    }

    #[test]
    fn toml_depth() {
        assert!(toml("a = [[1, 2], [3]]\n[t]\nb = { c = { d = 1 } }\n").is_ok());
        assert!(toml(&format!("a={}{}", "[".repeat(100), "]".repeat(100))).is_err());
        assert!(toml(&format!("a={}1{}", "{b=".repeat(100), "}".repeat(100))).is_err());
        assert!(toml(&format!("{}=1", vec!["a"; 100].join("."))).is_err());
        assert!(
            toml(&format!(
                "a=\"{}\"\nb = '{}'\n",
                "[".repeat(100),
                "{".repeat(100)
            ))
            .is_ok()
        );
        assert!(
            toml(&format!(
                "a=\"\"\"\n{}\n\"\"\"\n# {}\n",
                "[".repeat(100),
                "[".repeat(100)
            ))
            .is_ok()
        );
        assert!(toml("version = \"1.2.3\"\nx = 1.5\n").is_ok());
    }
}
