//! The built catalog document: a pack's TOML sources parsed into one compact JSON
//! document, the form the app library reads (it links no TOML parser).
//!
//! One writer, used twice: `core/build.rs` includes this file (`#[path]`) to pre-parse
//! the embedded default pack, and `safesteps pack build` (the `authoring` feature,
//! [`crate::content::signing::build_pack_file`]) writes it into every signed pack as
//! `catalog.json`. Only `toml` and `serde_json` are used here, so a build script can
//! include it. See docs/decisions/0030-built-packs-no-toml-in-the-library.md.

use serde_json::{Value, json};

/// Format of the built catalog (and of built packs). Version 1 was a pack of TOML
/// sources with `SIGNATURE.toml`; version 2 carries `catalog.json` and `SIGNATURE.json`.
pub const FORMAT: u64 = 2;

/// Path of the built catalog inside a built pack.
pub const CATALOG_FILE: &str = "catalog.json";

/// Whether a source file's data goes into the built catalog (and the file itself is
/// left out of a built pack): the manifest, modules, videos, contacts, pathways,
/// screens and the character bible.
pub fn is_catalog_source(path: &str) -> bool {
    matches!(
        path,
        "pack.toml" | "media/videos.toml" | "screens.toml" | "characters.toml"
    ) || (path.ends_with(".toml")
        && ["modules/", "contacts/", "pathways/"]
            .iter()
            .any(|p| path.starts_with(p)))
}

/// One TOML file as a JSON value (the same data the model's serde types read from TOML).
pub fn toml_as_json(rel: &str, text: &[u8]) -> Result<Value, String> {
    let text = std::str::from_utf8(text).map_err(|_| format!("{rel} is not UTF-8"))?;
    let value: toml::Value =
        toml::from_str(text).map_err(|e| format!("{rel} does not parse: {}", e.message()))?;
    serde_json::to_value(value).map_err(|e| format!("{rel}: {e}"))
}

/// The catalog document of a pack's files (`(path, bytes)` sorted by path, as a pack's
/// files are): each catalog source in the order the TOML loader reads them.
pub fn catalog_json(files: &[(&str, &[u8])]) -> Result<Value, String> {
    let get = |path: &str| files.iter().find(|(p, _)| *p == path);
    let optional = |path: &str| -> Result<Value, String> {
        match get(path) {
            Some((p, b)) => toml_as_json(p, b),
            None => Ok(Value::Null),
        }
    };
    let list = |prefix: &str| -> Result<Value, String> {
        Ok(Value::Array(
            files
                .iter()
                .filter(|(p, _)| p.starts_with(prefix) && p.ends_with(".toml"))
                .map(|(p, b)| Ok(json!([p, toml_as_json(p, b)?])))
                .collect::<Result<Vec<_>, String>>()?,
        ))
    };
    let (_, manifest) = get("pack.toml").ok_or("the pack has no pack.toml")?;
    Ok(json!({
        "format": FORMAT,
        "manifest": toml_as_json("pack.toml", manifest)?,
        "modules": list("modules/")?,
        "videos": optional("media/videos.toml")?,
        "contacts": list("contacts/")?,
        "pathways": list("pathways/")?,
        "screens": optional("screens.toml")?,
        "characters": optional("characters.toml")?,
    }))
}
