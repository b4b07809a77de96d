//! On Linux with glibc, circle is linked statically (`.cargo/config.toml`): a
//! dynamically linked circle spent about a millisecond of each start in the
//! dynamic loader (issue 23). Losing the setting would not fail any other test.

/// The types of the ELF program headers of the file at `path` (64-bit, little
/// endian, as on every target this check runs on).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn program_header_types(path: &str) -> Vec<u32> {
    let elf = std::fs::read(path).unwrap();
    assert_eq!(&elf[..6], b"\x7fELF\x02\x01", "{path}: a 64-bit little-endian ELF file");
    let word = |at: usize| u64::from_le_bytes(elf[at..at + 8].try_into().unwrap()) as usize;
    let half = |at: usize| u16::from_le_bytes(elf[at..at + 2].try_into().unwrap()) as usize;
    let (offset, size, count) = (word(0x20), half(0x36), half(0x38));
    (0..count)
        .map(|i| u32::from_le_bytes(elf[offset + i * size..][..4].try_into().unwrap()))
        .collect()
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn circle_asks_for_no_dynamic_loader() {
    const PT_INTERP: u32 = 3;
    const PT_LOAD: u32 = 1;
    let types = program_header_types(env!("CARGO_BIN_EXE_circle"));
    assert!(types.contains(&PT_LOAD), "the headers were read: {types:?}");
    assert!(
        !types.contains(&PT_INTERP),
        "circle names a dynamic loader (PT_INTERP): it is linked dynamically again; see .cargo/config.toml"
    );
    // The check itself can see a dynamically linked program.
    assert!(
        program_header_types("/bin/sh").contains(&PT_INTERP),
        "/bin/sh is linked dynamically"
    );
}
