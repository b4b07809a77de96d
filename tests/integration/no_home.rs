//! Without a `$HOME`: circle does not look the user up in the password database (a
//! statically linked circle would load the system's NSS modules for it); it uses
//! the XDG folders when they are named, and otherwise says what to set.

use crate::support::Circle;

#[test]
fn without_a_home_circle_says_where_to_keep_notes() {
    // No $HOME and no data folder named: circle does not guess one (nor look the
    // user up in the password database, see `paths::project_dirs`).
    let out = Circle::new()
        .cmd()
        .env_remove("HOME")
        .env_remove("CIRCLE_DATA_DIR")
        .env_remove("XDG_DATA_HOME")
        .args(["history"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains("no home folder found") && said.contains("--data-dir"),
        "{said}"
    );
}

#[test]
fn without_a_home_the_xdg_folders_still_serve_and_config_path_says_what_to_set() {
    let xdg = tempfile::tempdir().unwrap();
    let bare = || {
        let mut cmd = Circle::new().cmd();
        cmd.env_remove("HOME")
            .env_remove("CIRCLE_DATA_DIR")
            .env_remove("CIRCLE_CONFIG_DIR")
            .env_remove("XDG_DATA_HOME")
            .env_remove("XDG_CONFIG_HOME");
        cmd
    };
    let out = bare()
        .env("XDG_DATA_HOME", xdg.path())
        .args(["history"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = bare()
        .env("XDG_CONFIG_HOME", xdg.path())
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        xdg.path().join("circle/config.toml").display().to_string()
    );
    let out = bare().args(["config", "path"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("CIRCLE_CONFIG_DIR"), "{said}");
}
