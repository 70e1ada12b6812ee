//! `safesteps pack rasterize`: the pack's SVG pictures as PNG files at the densities
//! phones draw them (@1x, @2x, @3x), for apps without an SVG renderer (SwiftUI has none).
//!
//! Runs at pack build time on the author's or CI's machine, never in the phone library:
//! the rendering crate (resvg) stays out of `safesteps-core` and `safesteps-ffi`. See
//! docs/decisions/0028-ios-pictures-rasterised-at-build.md.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use resvg::{tiny_skia, usvg};
use safesteps_core::content::PackFiles;
use serde::Serialize;

type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

/// The largest side of a picture in points (@1x pixels) unless `--points` says otherwise:
/// a lesson picture is drawn at most the width of a phone less its margins (320-400 points).
pub const DEFAULT_POINTS: u32 = 320;

/// Scales iOS asks for (`UIScreen.scale`): 1 (old iPads), 2 and 3 (every current iPhone).
pub const DEFAULT_SCALES: &[u32] = &[1, 2, 3];

/// The largest PNG side made, whatever the options: bounds memory (4 bytes a pixel).
const MAX_SIDE_PX: u32 = 4096;

/// What `rasterize` wrote, also saved as `index.json` in the output folder so an app (or
/// a check) finds each picture's files by its pack path.
#[derive(Debug, Serialize)]
pub struct RasterIndex {
    /// The pack's id and version the PNGs were made from.
    pub pack: String,
    pub version: String,
    pub scales: Vec<u32>,
    pub pictures: Vec<RasterPicture>,
}

#[derive(Debug, Serialize)]
pub struct RasterPicture {
    /// The SVG's pack path, e.g. `media/avatars/cat.svg`.
    pub svg: String,
    /// Size in points (the @1x size); the @Nx file is N times as many pixels each way.
    pub width_pt: u32,
    pub height_pt: u32,
    /// One file per scale, relative to the output folder: `media/avatars/cat@2x.png`.
    pub files: Vec<String>,
}

/// The PNG path for an SVG path at a scale: `media/a/cat.svg` -> `media/a/cat@2x.png`.
pub fn png_path(svg: &str, scale: u32) -> String {
    let stem = svg.strip_suffix(".svg").unwrap_or(svg);
    format!("{stem}@{scale}x.png")
}

/// Renders every SVG under `media/` of the pack folder `dir` into `out`, mirroring pack
/// paths. Refuses (exit 1, nothing written) an SVG that does not parse, or that has text
/// or embedded images: those would be drawn without their words or photos.
pub fn rasterize(
    dir: &Path,
    out_dir: &Path,
    points: u32,
    scales: &[u32],
    out: &mut dyn Write,
) -> DynResult<ExitCode> {
    if points == 0 || scales.is_empty() || scales.contains(&0) {
        return Err("--points and every scale must be at least 1".into());
    }
    let files = PackFiles::from_dir(dir)?;
    let manifest = safesteps_core::content::parse(&files)?.manifest;
    let options = usvg::Options::default();

    let mut refused = Vec::new();
    let mut rendered = Vec::new();
    for (path, bytes) in files.iter() {
        if !(path.starts_with("media/") && path.ends_with(".svg")) {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        if text.contains("<text") || text.contains("<image") {
            refused.push(format!(
                "{path}: has <text> or <image>, which are not rendered; draw them as shapes"
            ));
            continue;
        }
        let tree = match usvg::Tree::from_data(bytes, &options) {
            Ok(tree) => tree,
            Err(e) => {
                refused.push(format!("{path}: not a picture SVG ({e})"));
                continue;
            }
        };
        let size = tree.size();
        let longest = size.width().max(size.height());
        if !(longest.is_finite() && longest > 0.0) {
            refused.push(format!("{path}: has no size"));
            continue;
        }
        let fit = points as f32 / longest;
        let width_pt = (size.width() * fit).round().max(1.0) as u32;
        let height_pt = (size.height() * fit).round().max(1.0) as u32;
        let mut pngs = Vec::new();
        for &scale in scales {
            let (w, h) = (width_pt * scale, height_pt * scale);
            if w > MAX_SIDE_PX || h > MAX_SIDE_PX {
                return Err(format!(
                    "{path} at @{scale}x would be {w}x{h} pixels (more than {MAX_SIDE_PX}); use fewer --points"
                )
                .into());
            }
            let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("could not allocate a picture")?;
            let zoom = w as f32 / size.width();
            resvg::render(
                &tree,
                tiny_skia::Transform::from_scale(zoom, h as f32 / size.height()),
                &mut pixmap.as_mut(),
            );
            pngs.push((png_path(path, scale), pixmap.encode_png()?));
        }
        rendered.push((path.to_string(), width_pt, height_pt, pngs));
    }
    if !refused.is_empty() {
        for line in &refused {
            writeln!(out, "refused: {line}")?;
        }
        writeln!(out, "{} picture(s) refused; nothing written", refused.len())?;
        return Ok(ExitCode::from(1));
    }

    let mut index = RasterIndex {
        pack: manifest.id.clone(),
        version: manifest.version.to_string(),
        scales: scales.to_vec(),
        pictures: Vec::new(),
    };
    let mut bytes_written = 0usize;
    for (svg, width_pt, height_pt, pngs) in rendered {
        let mut names = Vec::new();
        for (name, png) in pngs {
            let target: PathBuf = out_dir.join(&name);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&target, &png)?;
            bytes_written += png.len();
            names.push(name);
        }
        index.pictures.push(RasterPicture {
            svg,
            width_pt,
            height_pt,
            files: names,
        });
    }
    std::fs::create_dir_all(out_dir)?;
    std::fs::write(
        out_dir.join("index.json"),
        serde_json::to_string_pretty(&index)? + "\n",
    )?;
    writeln!(
        out,
        "{}: {} pictures x {} scales ({}), {} bytes of PNG",
        out_dir.display(),
        index.pictures.len(),
        scales.len(),
        scales
            .iter()
            .map(|s| format!("@{s}x"))
            .collect::<Vec<_>>()
            .join(" "),
        bytes_written
    )?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
    }

    fn svgs_of(dir: &Path) -> Vec<String> {
        let files = PackFiles::from_dir(dir).unwrap();
        files.paths("media/", ".svg").map(str::to_string).collect()
    }

    #[test]
    fn png_paths_mirror_the_pack_path() {
        assert_eq!(
            png_path("media/avatars/cat.svg", 2),
            "media/avatars/cat@2x.png"
        );
        assert_eq!(png_path("media/x/y.svg", 3), "media/x/y@3x.png");
    }

    #[test]
    fn every_picture_of_the_default_pack_becomes_a_png_at_each_scale() {
        let out = tempfile::tempdir().unwrap();
        let mut log = Vec::new();
        let code = rasterize(&content(), out.path(), 12, &[1, 2, 3], &mut log).unwrap();
        assert_eq!(code, ExitCode::SUCCESS, "{}", String::from_utf8_lossy(&log));
        let index: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.path().join("index.json")).unwrap()).unwrap();
        let pictures = index["pictures"].as_array().unwrap();
        let svgs = svgs_of(&content());
        assert!(svgs.len() > 100, "the default pack has its pictures");
        assert_eq!(pictures.len(), svgs.len(), "one entry per SVG");
        for picture in pictures {
            let svg = picture["svg"].as_str().unwrap();
            assert!(svgs.iter().any(|s| s == svg), "{svg}");
            let (w, h) = (
                picture["width_pt"].as_u64().unwrap() as u32,
                picture["height_pt"].as_u64().unwrap() as u32,
            );
            assert_eq!(w.max(h), 12, "{svg}: the largest side is --points");
            for (i, scale) in [1u32, 2, 3].into_iter().enumerate() {
                let file = picture["files"][i].as_str().unwrap();
                assert_eq!(file, png_path(svg, scale));
                let pixmap = tiny_skia::Pixmap::load_png(out.path().join(file)).unwrap();
                assert_eq!(
                    (pixmap.width(), pixmap.height()),
                    (w * scale, h * scale),
                    "{file}"
                );
                assert!(
                    pixmap.pixels().iter().any(|p| p.alpha() > 0),
                    "{file}: something is drawn"
                );
            }
        }
    }

    #[test]
    fn a_picture_with_text_is_refused_and_nothing_is_written() {
        let pack = tempfile::tempdir().unwrap();
        copy_dir(&content(), pack.path());
        std::fs::write(
            pack.path().join("media/avatars/words.svg"),
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text x="1" y="5">Hi</text></svg>"#,
        )
        .unwrap();
        let out = tempfile::tempdir().unwrap();
        let mut log = Vec::new();
        let code = rasterize(pack.path(), out.path(), 8, &[1], &mut log).unwrap();
        let log = String::from_utf8(log).unwrap();
        assert_eq!(code, ExitCode::from(1), "{log}");
        assert!(log.contains("media/avatars/words.svg"), "{log}");
        assert_eq!(
            std::fs::read_dir(out.path()).unwrap().count(),
            0,
            "nothing written"
        );
    }

    #[test]
    fn sizes_beyond_the_bound_and_zero_scales_are_refused() {
        let out = tempfile::tempdir().unwrap();
        let mut log = Vec::new();
        assert!(rasterize(&content(), out.path(), 2000, &[3], &mut log).is_err());
        assert!(rasterize(&content(), out.path(), 10, &[0], &mut log).is_err());
        assert!(rasterize(&content(), out.path(), 0, &[1], &mut log).is_err());
    }

    fn copy_dir(from: &Path, to: &Path) {
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
}
