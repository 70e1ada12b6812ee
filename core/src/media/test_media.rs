//! TEST MEDIA, NOT SIGNING: minimal MP4 files with one H.264 (avc1) video track, for
//! tests and dry runs of the workflow. The container is complete and valid (`ftyp`,
//! `moov` with a full sample index, `mdat`), and a `free` box and the sample bytes say
//! `TEST-CLIP-NOT-SIGNING`; the samples are placeholders, not a decodable picture.

/// The marker every test clip carries.
pub const MARKER: &[u8] = b"TEST-CLIP-NOT-SIGNING: generated test media, not sign language";

fn mp4_box(kind: &[u8; 4], payload: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(payload.len() + 8);
    b.extend_from_slice(&(payload.len() as u32 + 8).to_be_bytes());
    b.extend_from_slice(kind);
    b.extend_from_slice(payload);
    b
}

fn full(version_flags: u32, rest: &[u8]) -> Vec<u8> {
    let mut v = version_flags.to_be_bytes().to_vec();
    v.extend_from_slice(rest);
    v
}

const MATRIX: [u32; 9] = [0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000];

fn matrix() -> Vec<u8> {
    MATRIX.iter().flat_map(|m| m.to_be_bytes()).collect()
}

/// A test clip: `width` x `height`, `seconds` long (one placeholder sample a second),
/// with `moov` after `mdat` as most cameras write it.
pub fn mp4(width: u16, height: u16, seconds: u32) -> Vec<u8> {
    mp4_sized(width, height, seconds, 0)
}

/// A test clip whose every sample is padded to at least `sample_bytes` (large files for
/// memory measurements).
pub fn mp4_sized(width: u16, height: u16, seconds: u32, sample_bytes: usize) -> Vec<u8> {
    let samples = seconds.max(1);
    let timescale = 1000u32;
    let duration = seconds * timescale;
    let ftyp = mp4_box(b"ftyp", b"isom\0\0\x02\0isomiso2avc1mp41");
    let free = mp4_box(b"free", MARKER);
    let mut sample = Vec::new();
    sample.extend_from_slice(&(MARKER.len() as u32 + 1).to_be_bytes());
    sample.push(0x06); // an SEI NAL unit carrying the marker
    sample.extend_from_slice(MARKER);
    if sample.len() < sample_bytes {
        // Filler NAL units (type 12), each carrying the marker again.
        let pad = sample_bytes - sample.len();
        let body = pad.saturating_sub(5).max(1);
        sample.extend_from_slice(&(body as u32 + 1).to_be_bytes());
        sample.push(0x0c);
        sample.extend(MARKER.iter().copied().cycle().take(body));
    }
    let mut mdat_payload = Vec::new();
    for _ in 0..samples {
        mdat_payload.extend_from_slice(&sample);
    }
    let mdat = mp4_box(b"mdat", &mdat_payload);
    let data_offset = (ftyp.len() + free.len() + 8) as u32;

    let mut mvhd = Vec::new();
    mvhd.extend_from_slice(&[0; 8]);
    mvhd.extend_from_slice(&timescale.to_be_bytes());
    mvhd.extend_from_slice(&duration.to_be_bytes());
    mvhd.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    mvhd.extend_from_slice(&0x0100u16.to_be_bytes());
    mvhd.extend_from_slice(&[0; 10]);
    mvhd.extend_from_slice(&matrix());
    mvhd.extend_from_slice(&[0; 24]);
    mvhd.extend_from_slice(&2u32.to_be_bytes());
    let mvhd = mp4_box(b"mvhd", &full(0, &mvhd));

    let mut tkhd = Vec::new();
    tkhd.extend_from_slice(&[0; 8]);
    tkhd.extend_from_slice(&1u32.to_be_bytes());
    tkhd.extend_from_slice(&[0; 4]);
    tkhd.extend_from_slice(&duration.to_be_bytes());
    tkhd.extend_from_slice(&[0; 8]);
    tkhd.extend_from_slice(&[0; 8]); // layer, alternate group, volume, reserved
    tkhd.extend_from_slice(&matrix());
    tkhd.extend_from_slice(&(u32::from(width) << 16).to_be_bytes());
    tkhd.extend_from_slice(&(u32::from(height) << 16).to_be_bytes());
    let tkhd = mp4_box(b"tkhd", &full(3, &tkhd));

    let mut mdhd = Vec::new();
    mdhd.extend_from_slice(&[0; 8]);
    mdhd.extend_from_slice(&timescale.to_be_bytes());
    mdhd.extend_from_slice(&duration.to_be_bytes());
    mdhd.extend_from_slice(&0x55c4u16.to_be_bytes()); // "und"
    mdhd.extend_from_slice(&[0; 2]);
    let mdhd = mp4_box(b"mdhd", &full(0, &mdhd));
    let mut hdlr = vec![0; 4];
    hdlr.extend_from_slice(b"vide");
    hdlr.extend_from_slice(&[0; 12]);
    hdlr.extend_from_slice(b"TEST-CLIP-NOT-SIGNING\0");
    let hdlr = mp4_box(b"hdlr", &full(0, &hdlr));

    let vmhd = mp4_box(b"vmhd", &full(1, &[0; 8]));
    let url = mp4_box(b"url ", &full(1, &[]));
    let mut dref = 1u32.to_be_bytes().to_vec();
    dref.extend_from_slice(&url);
    let dinf = mp4_box(b"dinf", &mp4_box(b"dref", &full(0, &dref)));

    // avcC: baseline profile, level 3.0, one SPS and one PPS.
    let sps: &[u8] = &[0x67, 0x42, 0xc0, 0x1e, 0xda, 0x02, 0x80, 0xbf, 0xe5, 0x84];
    let pps: &[u8] = &[0x68, 0xce, 0x3c, 0x80];
    let mut avcc = vec![1, 0x42, 0xc0, 0x1e, 0xff, 0xe1];
    avcc.extend_from_slice(&(sps.len() as u16).to_be_bytes());
    avcc.extend_from_slice(sps);
    avcc.push(1);
    avcc.extend_from_slice(&(pps.len() as u16).to_be_bytes());
    avcc.extend_from_slice(pps);
    let mut avc1 = vec![0; 6];
    avc1.extend_from_slice(&1u16.to_be_bytes());
    avc1.extend_from_slice(&[0; 16]);
    avc1.extend_from_slice(&width.to_be_bytes());
    avc1.extend_from_slice(&height.to_be_bytes());
    avc1.extend_from_slice(&0x0048_0000u32.to_be_bytes());
    avc1.extend_from_slice(&0x0048_0000u32.to_be_bytes());
    avc1.extend_from_slice(&[0; 4]);
    avc1.extend_from_slice(&1u16.to_be_bytes());
    let mut name = [0u8; 32];
    name[0] = 21;
    name[1..22].copy_from_slice(b"TEST-CLIP-NOT-SIGNING");
    avc1.extend_from_slice(&name);
    avc1.extend_from_slice(&0x0018u16.to_be_bytes());
    avc1.extend_from_slice(&0xffffu16.to_be_bytes());
    avc1.extend_from_slice(&mp4_box(b"avcC", &avcc));
    let mut stsd = 1u32.to_be_bytes().to_vec();
    stsd.extend_from_slice(&mp4_box(b"avc1", &avc1));
    let stsd = mp4_box(b"stsd", &full(0, &stsd));
    let mut stts = 1u32.to_be_bytes().to_vec();
    stts.extend_from_slice(&samples.to_be_bytes());
    stts.extend_from_slice(&timescale.to_be_bytes());
    let stts = mp4_box(b"stts", &full(0, &stts));
    let mut stsc = 1u32.to_be_bytes().to_vec();
    stsc.extend_from_slice(&1u32.to_be_bytes());
    stsc.extend_from_slice(&samples.to_be_bytes());
    stsc.extend_from_slice(&1u32.to_be_bytes());
    let stsc = mp4_box(b"stsc", &full(0, &stsc));
    let mut stsz = 0u32.to_be_bytes().to_vec();
    stsz.extend_from_slice(&samples.to_be_bytes());
    for _ in 0..samples {
        stsz.extend_from_slice(&(sample.len() as u32).to_be_bytes());
    }
    let stsz = mp4_box(b"stsz", &full(0, &stsz));
    let mut stco = 1u32.to_be_bytes().to_vec();
    stco.extend_from_slice(&data_offset.to_be_bytes());
    let stco = mp4_box(b"stco", &full(0, &stco));
    let stbl = mp4_box(b"stbl", &[stsd, stts, stsc, stsz, stco].concat());
    let minf = mp4_box(b"minf", &[vmhd, dinf, stbl].concat());
    let mdia = mp4_box(b"mdia", &[mdhd, hdlr, minf].concat());
    let trak = mp4_box(b"trak", &[tkhd, mdia].concat());
    let moov = mp4_box(b"moov", &[mvhd, trak].concat());
    [ftyp, free, mdat, moov].concat()
}
