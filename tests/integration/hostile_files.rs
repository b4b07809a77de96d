//! Files in the data dir someone replaced with a FIFO or a link to `/dev/zero`:
//! every command that reads them refuses at once with the file's name and exit 2,
//! never waiting on the pipe nor reading the device until memory runs out.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::Circle;
use crate::support::meeting::group;

pub fn make_fifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

fn folder(circle: &Circle) -> PathBuf {
    circle.data_dir().join("groups/tuesday-circle")
}

const G: &str = "Tuesday circle";

#[test]
fn a_group_file_that_is_a_fifo_or_dev_zero_is_refused_by_every_command() {
    let circle = Circle::new();
    group(&circle);
    let commands: [&[&str]; 9] = [
        &["history", "--group", G],
        &["history"],
        &["commitments", "--group", G],
        &["commitments", "done", "c1", "--group", G],
        &["plan", "--group", G],
        &["run", "--group", G, "--print"],
        &["export", "ics", "--group", G],
        &["group", "show", G],
        &["group", "edit", G, "--remove", "Eve"],
    ];
    let sessions = folder(&circle).join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    for file in [
        folder(&circle).join("marks.toml"),
        sessions.join("2026-01-01-100000-peer-circle.toml"),
    ] {
        for hostile in ["fifo", "zero"] {
            let _ = std::fs::remove_file(&file);
            match hostile {
                "fifo" => make_fifo(&file),
                _ => std::os::unix::fs::symlink("/dev/zero", &file).unwrap(),
            }
            for args in commands {
                let out = circle
                    .cmd()
                    .args(args)
                    .timeout(Duration::from_secs(10))
                    .output()
                    .unwrap();
                let said = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(2), "{hostile} {file:?} {args:?}: {said}");
                let name = file.file_name().unwrap().to_str().unwrap();
                assert!(said.contains(name), "{args:?}: {said}");
                let kind = if hostile == "fifo" {
                    "a named pipe"
                } else {
                    "a character device"
                };
                assert!(said.contains(kind), "{args:?}: {said}");
            }
        }
        std::fs::remove_file(&file).unwrap();
    }
}
