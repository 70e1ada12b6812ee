//! Read an MP4 file's facts (container, length, size, picture size, codec) with
//! Mozilla's `mp4parse`, streaming (the sample data is skipped, never held in memory),
//! and check them against [`VideoLimits`].

use std::io::{BufReader, Read};
use std::path::Path;

use mp4parse::{CodecType, SampleEntry, TrackType};
use sha2::{Digest, Sha256};

use super::{VideoError, file_label};
use crate::error::Result;

/// What SafeSteps accepts for a sign-language video (docs/content-format.md, "Videos").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VideoLimits {
    /// Shortest video, in milliseconds.
    pub min_duration_ms: u64,
    /// Longest video, in milliseconds.
    pub max_duration_ms: u64,
    /// Largest file, in bytes.
    pub max_bytes: u64,
    /// Smallest picture: the shorter side, in pixels (hands and faces must be readable).
    pub min_short_side: u32,
    /// Largest picture: the longer side, in pixels (phones need nothing bigger).
    pub max_long_side: u32,
}

impl Default for VideoLimits {
    fn default() -> Self {
        VideoLimits {
            min_duration_ms: 1_000,
            max_duration_ms: 180_000,
            max_bytes: 80 * 1024 * 1024,
            min_short_side: 360,
            max_long_side: 1920,
        }
    }
}

/// What an MP4 file holds, as read from its boxes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoFacts {
    /// Length of the video track in milliseconds.
    pub duration_ms: u64,
    /// File size in bytes.
    pub bytes: u64,
    /// SHA-256 of the file (hex).
    pub sha256: String,
    /// Picture width in pixels.
    pub width: u32,
    /// Picture height in pixels.
    pub height: u32,
}

/// A reader that hashes and counts what passes through it.
struct Hashing<R> {
    inner: R,
    hasher: Sha256,
    read: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

/// Read and check a video file. The size limit is checked before the file is read; the
/// file is read once (parsing and hashing together), with bounded buffers.
pub fn probe(path: &Path, limits: &VideoLimits) -> Result<VideoFacts> {
    let file = file_label(path);
    let f = std::fs::File::open(path)?;
    let len = f.metadata()?.len();
    if len > limits.max_bytes {
        return Err(VideoError::OutOfLimits {
            file,
            reason: format!(
                "the file is {} bytes, more than the {} bytes a video may have (shorten it or export at a lower bitrate)",
                len, limits.max_bytes
            ),
        }
        .into());
    }
    let mut head = [0u8; 12];
    let n = (&f).take(12).read(&mut head)?;
    if n < 8 {
        return Err(VideoError::Truncated {
            file,
            reason: format!("only {len} bytes"),
        }
        .into());
    }
    if &head[4..8] != b"ftyp" {
        return Err(VideoError::WrongContainer {
            file,
            reason: sniff(&head),
        }
        .into());
    }
    let f = std::fs::File::open(path)?;
    let mut reader = Hashing {
        inner: BufReader::with_capacity(64 * 1024, f),
        hasher: Sha256::new(),
        read: 0,
    };
    let parsed = mp4parse::read_mp4(&mut reader);
    // Hash whatever the parser did not read (it stops at the last box it understands).
    std::io::copy(&mut reader, &mut std::io::sink())?;
    let ctx = parsed.map_err(|e| match e {
        mp4parse::Error::UnexpectedEOF | mp4parse::Error::MoovMissing => VideoError::Truncated {
            file: file.clone(),
            reason: match e {
                mp4parse::Error::MoovMissing => "no movie header (moov box)".into(),
                _ => "it ends inside a box".into(),
            },
        },
        mp4parse::Error::Unsupported(what) => VideoError::WrongContainer {
            file: file.clone(),
            reason: format!("unsupported: {what}"),
        },
        other => VideoError::Truncated {
            file: file.clone(),
            reason: format!("{other}").chars().take(60).collect(),
        },
    })?;
    let bytes = reader.read;
    let sha256 = hex::encode(reader.hasher.finalize());

    let video = ctx
        .tracks
        .iter()
        .find(|t| t.track_type == TrackType::Video)
        .ok_or_else(|| VideoError::WrongCodec {
            file: file.clone(),
            reason: "the file has no video track".into(),
        })?;
    let entry = video
        .stsd
        .as_ref()
        .and_then(|d| d.descriptions.first())
        .and_then(|d| match d {
            SampleEntry::Video(v) => Some(v),
            _ => None,
        })
        .ok_or_else(|| VideoError::WrongCodec {
            file: file.clone(),
            reason: "the video track has no sample description".into(),
        })?;
    if entry.codec_type != CodecType::H264 {
        return Err(VideoError::WrongCodec {
            file,
            reason: format!("the video is {:?}, not H.264 (AVC)", entry.codec_type),
        }
        .into());
    }
    let (width, height) = (u32::from(entry.width), u32::from(entry.height));
    let duration_ms = match (video.duration, video.timescale) {
        (Some(d), Some(ts)) if ts.0 > 0 => {
            u64::try_from(u128::from(d.0) * 1000 / u128::from(ts.0)).unwrap_or(u64::MAX)
        }
        _ => {
            return Err(VideoError::Truncated {
                file,
                reason: "the video track gives no length".into(),
            }
            .into());
        }
    };
    // The samples the index points at must lie inside the file: a file cut short in
    // its media data still parses, so this is where truncation shows.
    let end = samples_end(video).ok_or_else(|| VideoError::Truncated {
        file: file.clone(),
        reason: "the sample index is missing or inconsistent".into(),
    })?;
    if end > bytes {
        return Err(VideoError::Truncated {
            file,
            reason: format!("its samples reach byte {end} but the file has {bytes}"),
        }
        .into());
    }
    if duration_ms < limits.min_duration_ms || duration_ms > limits.max_duration_ms {
        return Err(VideoError::OutOfLimits {
            file,
            reason: format!(
                "the video is {:.1} s long; a video must be {:.0} to {:.0} s",
                duration_ms as f64 / 1000.0,
                limits.min_duration_ms as f64 / 1000.0,
                limits.max_duration_ms as f64 / 1000.0
            ),
        }
        .into());
    }
    let (short, long) = (width.min(height), width.max(height));
    if short < limits.min_short_side || long > limits.max_long_side {
        return Err(VideoError::OutOfLimits {
            file,
            reason: format!(
                "the picture is {width}x{height}; its shorter side must be at least {} and its longer side at most {} pixels",
                limits.min_short_side, limits.max_long_side
            ),
        }
        .into());
    }
    Ok(VideoFacts {
        duration_ms,
        bytes,
        sha256,
        width,
        height,
    })
}

/// Most samples (frames) a video track may index.
const MAX_SAMPLES: u64 = 1_000_000;

/// The end of the last sample (offset + size) the track's index names, or `None`
/// when the index is missing or does not add up.
fn samples_end(track: &mp4parse::Track) -> Option<u64> {
    let stsz = track.stsz.as_ref()?;
    let stco = track.stco.as_ref()?;
    let stsc = track.stsc.as_ref()?;
    // A constant sample size is not expanded into a list (the count may be huge).
    let count: u64 = if stsz.sample_size > 0 {
        track
            .stts
            .as_ref()?
            .samples
            .iter()
            .map(|s| u64::from(s.sample_count))
            .sum()
    } else {
        stsz.sample_sizes.len() as u64
    };
    let size_of = |i: u64| -> Option<u64> {
        if i >= count {
            None
        } else if stsz.sample_size > 0 {
            Some(u64::from(stsz.sample_size))
        } else {
            stsz.sample_sizes
                .get(usize::try_from(i).ok()?)
                .map(|&s| u64::from(s))
        }
    };
    // 180 s at 120 frames a second is 21,600 samples; far more is not a video we take.
    if count == 0 || count > MAX_SAMPLES || stco.offsets.is_empty() || stsc.samples.is_empty() {
        return None;
    }
    let mut end = 0u64;
    let mut sample = 0u64;
    let chunks = stco.offsets.len();
    for (i, run) in stsc.samples.iter().enumerate() {
        let first = run.first_chunk as usize;
        let last = stsc
            .samples
            .get(i + 1)
            .map(|n| n.first_chunk as usize)
            .unwrap_or(chunks + 1);
        if first == 0 || last < first {
            return None;
        }
        for chunk in first..last {
            let mut at = *stco.offsets.get(chunk - 1)?;
            for _ in 0..run.samples_per_chunk {
                let size = size_of(sample)?;
                sample += 1;
                at = at.checked_add(size)?;
                end = end.max(at);
            }
        }
    }
    (sample == count).then_some(end)
}

/// A guess at what a non-MP4 file is, for the message.
fn sniff(head: &[u8; 12]) -> String {
    if head.starts_with(&[0x1a, 0x45, 0xdf, 0xa3]) {
        "a Matroska or WebM file".into()
    } else if head.starts_with(b"RIFF") {
        "a RIFF (AVI or WAV) file".into()
    } else if head[4..8] == *b"moov" || head[4..8] == *b"mdat" || head[4..8] == *b"wide" {
        "a QuickTime file without a file type box".into()
    } else {
        "no MP4 file type box at the start".into()
    }
}
