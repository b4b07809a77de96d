//! Small words said right (issue 21): plurals, one group size, no doubled
//! brackets, columns that stay in line, and a group's half-remembered name.

use crate::support::Circle;

fn run(circle: &Circle, args: &[&str]) -> (i32, String, String) {
    let out = circle.cmd().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn protocols_list_keeps_its_columns_for_a_long_id() {
    let circle = Circle::new();
    let dir = circle.config_dir().join("protocols");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("our-very-long-protocol-name.toml"),
        "name = \"Ours\"\nlength = \"1h\"\ngroup = { min = 3, max = 3 }\n[[round]]\nduration = \"30m\"\n",
    )
    .unwrap();
    let (code, out, err) = run(&circle, &["protocols", "list"]);
    assert_eq!(code, 0, "{err}");
    // Every protocol's line puts its length in the same column.
    let ends: Vec<usize> = out
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(|l| {
            let at = l
                .find("  built-in")
                .or_else(|| l.find("  /"))
                .unwrap_or_else(|| panic!("{l}"));
            l[..at].chars().count()
        })
        .collect();
    assert!(ends.len() > 2 && ends.windows(2).all(|w| w[0] == w[1]), "{out}");
    let (_, show, _) = run(&circle, &["protocols", "show", "our-very-long-protocol-name"]);
    assert!(show.contains("exactly 3 members") && !show.contains("3–3"), "{show}");
}

#[test]
fn a_half_remembered_group_name_is_suggested_whole() {
    let circle = Circle::new();
    let (code, _, err) = run(
        &circle,
        &["group", "new", "Tuesday circle", "--members", "Ana,Ben,Chen"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&circle, &["group", "show", "Tuesday"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean \"Tuesday circle\"?"), "{err}");
    let (_, _, err) = run(&circle, &["group", "show", "Friday"]);
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn english_plurals_are_words_not_brackets() {
    for lang in [circle::i18n::Lang::En, circle::i18n::Lang::De] {
        circle::i18n::with_lang(lang, || {
            for (id, var) in [
                ("ready-open-commitments", "count"),
                ("carried-line", "count"),
                ("carried-note", "count"),
                ("celebration-complete", "count"),
                ("cmd-group-dropped", "count"),
                ("cmd-group-leaver-open", "count"),
                ("cmd-group-every-held", "held"),
            ] {
                for n in [1, 2] {
                    let mut args = circle::i18n::FluentArgs::new();
                    args.set(var, n);
                    for v in ["owners", "name", "every"] {
                        args.set(v, "Eve");
                    }
                    let text = circle::i18n::text(id, Some(&args));
                    assert!(!text.contains("(s)"), "{lang:?} {id} {n}: {text}");
                }
            }
        });
    }
}
