//! Which language the real binary speaks: `--lang`, then config.toml's `lang`,
//! then LC_ALL, LC_MESSAGES and LANG in POSIX order, then English. Each case is
//! told apart by the words of one message (an unknown `--lang` value, refused in
//! the language chosen without it).

use crate::support::Circle;

const GERMAN: &str = "unbekannte Sprache „xx“";
const ENGLISH: &str = "unknown language \"xx\"";

/// Run `circle --lang xx` with `env` set and `config` as config.toml; its stderr.
fn refusal(env: &[(&str, &str)], config: Option<&str>) -> String {
    let c = Circle::new();
    if let Some(text) = config {
        std::fs::create_dir_all(c.config_dir()).unwrap();
        std::fs::write(c.config_dir().join("config.toml"), text).unwrap();
    }
    let mut cmd = c.cmd();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(["--lang", "xx", "protocols", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn speaks(env: &[(&str, &str)], config: Option<&str>, want: &str) {
    let err = refusal(env, config);
    assert!(
        err.contains(want),
        "env {env:?}, config {config:?}: want {want:?} in\n{err}"
    );
}

#[test]
fn the_environment_decides_in_posix_order() {
    speaks(&[], None, ENGLISH);
    speaks(&[("LANG", "de_DE.UTF-8")], None, GERMAN);
    speaks(&[("LANG", "de_AT")], None, GERMAN);
    speaks(&[("LC_MESSAGES", "de_CH.UTF-8")], None, GERMAN);
    // LC_ALL outranks LC_MESSAGES, which outranks LANG.
    speaks(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "de_DE.UTF-8")], None, ENGLISH);
    speaks(&[("LC_MESSAGES", "de_DE.UTF-8"), ("LANG", "en_US.UTF-8")], None, GERMAN);
    // A language circle does not speak falls back to English, not to LANG.
    speaks(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")], None, ENGLISH);
}

#[test]
fn config_toml_outranks_the_environment() {
    speaks(&[("LANG", "C.UTF-8")], Some("lang = \"de\"\n"), GERMAN);
    speaks(&[("LANG", "de_DE.UTF-8")], Some("lang = \"en\"\n"), ENGLISH);
}

#[test]
fn the_flag_outranks_everything() {
    let c = Circle::new();
    std::fs::create_dir_all(c.config_dir()).unwrap();
    std::fs::write(c.config_dir().join("config.toml"), "lang = \"en\"\n").unwrap();
    // An unknown flag after a good one: the good one chose German for clap too.
    let out = c
        .cmd()
        .env("LANG", "en_US.UTF-8")
        .args(["--lang", "de", "run", "--lang", "xx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(GERMAN), "{err}");
}

#[test]
fn a_bad_lang_in_config_toml_is_refused_with_its_place() {
    let c = Circle::new();
    std::fs::create_dir_all(c.config_dir()).unwrap();
    std::fs::write(c.config_dir().join("config.toml"), "bell = true\nlang = \"klingon\"\n").unwrap();
    let out = c
        .cmd()
        .args(["plan", "peer-circle", "--members", "Ana,Ben,Chen"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.toml:2:8"), "{err}");
    assert!(err.contains("klingon"), "{err}");
    assert!(err.contains("en, de"), "{err}");
}

/// With no protocol named, a German meeting or group gets the German peer
/// consultation; English keeps peer-circle; a group remembers what it was made with.
#[test]
fn the_default_protocol_speaks_the_language() {
    let c = Circle::new();
    let plan = |lang: &str| {
        let out = c
            .cmd()
            .args([
                "--lang",
                lang,
                "plan",
                "--members",
                "Anna,Bernd,Cem,Dora",
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["protocol"].as_str().unwrap().to_string()
    };
    assert_eq!(plan("en"), "peer-circle");
    assert_eq!(plan("de"), "kollegiale-beratung");
    let made = c
        .cmd()
        .args([
            "--lang",
            "de",
            "group",
            "new",
            "Runde",
            "--members",
            "Anna,Bernd,Cem,Dora",
        ])
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    // Run later in English, the group still meets on the protocol it was made with.
    let out = c
        .cmd()
        .args(["plan", "--group", "Runde", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["protocol"], "kollegiale-beratung");
}
