//! Letting go of memory that start-up needed and a running countdown does not.
//!
//! Most of circle's resident memory while it counts was its own code and constant
//! data (issue 23: 4.6 of 8.1 MB): the kernel maps a program's file pages in 64 KB
//! runs around each page first used, so parsing arguments, the catalogue, the
//! protocol and the plan left most of the binary mapped for hours. Once the
//! meeting is counting, those mappings are dropped and read-ahead around them is
//! turned off: a tick then brings back only the pages it uses. The pages stay in
//! the page cache, shared and unchanged; only this process's claim on them goes.
//! The heap's free space goes back to the system the same way.

/// Drop this process's mappings of read-only file pages (the code and constant
/// data of the program and its libraries), and give the heap's free pages back.
#[cfg(target_os = "linux")]
pub fn shed_startup_pages() {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    let mut mapping: Option<(usize, usize)> = None;
    for line in smaps.lines() {
        if let Some(range) = sheddable(line) {
            mapping = Some(range);
            continue;
        }
        // A mapping's own copies of pages (relocated constants, written before
        // they were made read-only) are its only content: such a mapping is kept.
        let Some(anon) = line.strip_prefix("Anonymous:") else {
            continue;
        };
        let Some((start, end)) = mapping.take() else { continue };
        if anon.trim() != "0 kB" {
            continue;
        }
        let (addr, len) = (start as *mut libc::c_void, end.saturating_sub(start));
        // SAFETY: madvise(2) on a whole mapping /proc/self/smaps lists: private,
        // file-backed, not writable, and holding no page of its own, so dropping
        // its pages loses nothing: the next use of one reads it back from the
        // file's cache.
        unsafe {
            libc::madvise(addr, len, libc::MADV_RANDOM);
            libc::madvise(addr, len, libc::MADV_DONTNEED);
        }
    }
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim(3) only returns free heap memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The range in a mapping's header line of smaps when it is a private, read-only
/// mapping of a file: "start-end r-xp offset dev inode /path".
#[cfg(target_os = "linux")]
fn sheddable(line: &str) -> Option<(usize, usize)> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let [range, perms, _, _, _, path] = fields[..] else {
        return None;
    };
    if !(perms == "r-xp" || perms == "r--p") || !path.starts_with('/') {
        return None;
    }
    let (start, end) = range.split_once('-')?;
    Some((
        usize::from_str_radix(start, 16).ok()?,
        usize::from_str_radix(end, 16).ok()?,
    ))
}

#[cfg(not(target_os = "linux"))]
pub fn shed_startup_pages() {}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn code_and_constants_read_on_after_their_pages_are_shed() {
        super::shed_startup_pages();
        // Code, constants and the catalogue used after the shed are all still there.
        let text: String = (0..1000).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
        assert_eq!(crate::names::key(&text.to_uppercase()), text);
        assert_eq!(format!("{:?}", Some(42)), "Some(42)");
        assert!(!crate::t!("err-kind-link").is_empty());
        assert!(crate::protocol::Library::resolve_in(None, "peer-circle").is_ok());
    }
}
