//! What a shared group refuses, through real git repositories: a repository that
//! already holds another group is not pushed into, and is left as it was.

use std::path::Path;
use std::process::Command;

use crate::support::Circle;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git").current_dir(dir).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn circle(c: &Circle, args: &[&str]) -> (i32, String) {
    let out = c.cmd().args(args).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), said)
}

#[test]
fn a_repository_holding_another_group_is_refused_and_left_as_it_was() {
    let remote = tempfile::tempdir().unwrap();
    git(remote.path(), &["init", "-q", "--bare", "one.git"]);
    let url = remote.path().join("one.git");
    let url = url.to_str().unwrap();
    let c = Circle::new();
    for (name, members) in [("Tuesday", "Ana,Ben,Chen"), ("Thursday", "Dee,Eve,Finn")] {
        let (code, said) = circle(&c, &["group", "new", name, "--members", members]);
        assert_eq!(code, 0, "{said}");
    }
    let (code, said) = circle(&c, &["group", "share", "Tuesday", "--git", url]);
    assert_eq!(code, 0, "{said}");
    let before = git(&remote.path().join("one.git"), &["log", "--all", "--format=%H"]);
    let (code, said) = circle(&c, &["group", "share", "Thursday", "--git", url]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("already holds another group (\"Tuesday\")"), "{said}");
    assert!(said.contains("a repository of its own"), "{said}");
    // Nothing was pushed, and Thursday was not pointed at Tuesday's repository.
    assert_eq!(
        git(&remote.path().join("one.git"), &["log", "--all", "--format=%H"]),
        before
    );
    let thursday = c.data_dir().join("groups/thursday");
    assert!(!git(&thursday, &["remote", "-v"]).contains("one.git"));
    // Sharing Tuesday again into its own repository is fine.
    let (code, said) = circle(&c, &["group", "share", "Tuesday", "--git", url]);
    assert_eq!(code, 0, "{said}");
}
