//! clap in the reader's language. The derive doc comments in [`crate::cli`] stay
//! the English source of truth: English help and errors are clap's own, untouched.
//! In another language the built command tree is walked and every about, help and
//! heading is replaced from `cli.ftl`; clap's errors are rendered anew from their
//! kind and context (see [`crate::cli_errors`]).
//!
//! Message ids follow the command path: `cli-run-about`, `cli-group-new-arg-members`;
//! an argument shared by several commands (flattened or global) falls back to
//! `cli-arg-<id>`. They are looked up at run time, so each is listed here:
// i18n-ids: cli-arg-help cli-arg-version cli-help-arg-subcommand
// i18n-ids: cli-about cli-long-about cli-after-help cli-arg-data-dir cli-arg-lang cli-run-about cli-plan-about cli-arg-protocol
// i18n-ids: cli-arg-members cli-arg-roster cli-arg-presenters cli-arg-length cli-arg-group cli-arg-absent cli-arg-givers
// i18n-ids: cli-arg-seed cli-arg-facilitator cli-arg-quiet cli-arg-theme cli-arg-print cli-arg-no-save cli-arg-start
// i18n-ids: cli-arg-format cli-protocols-about cli-protocols-list-about cli-protocols-show-about cli-protocols-show-arg-id
// i18n-ids: cli-protocols-check-about cli-arg-files cli-completions-about cli-arg-shell cli-config-about cli-config-path-about
// i18n-ids: cli-group-about cli-group-new-about cli-group-new-arg-members cli-arg-every cli-arg-meetings cli-group-arg-protocol
// i18n-ids: cli-group-arg-length cli-group-arg-facilitator cli-group-arg-end-next cli-group-show-about cli-group-list-about cli-group-edit-about cli-group-share-about cli-group-share-arg-git
// i18n-ids: cli-group-join-about cli-group-join-arg-url cli-group-sync-about cli-group-sync-arg-name
// i18n-ids: cli-arg-add cli-arg-remove cli-group-edit-arg-open cli-value-carry cli-value-drop cli-arg-rename cli-history-about
// i18n-ids: cli-history-arg-group cli-commitments-about cli-commitments-arg-group cli-commitments-arg-open cli-commitments-done-about
// i18n-ids: cli-commitments-partly-about cli-commitments-drop-about cli-commitments-arg-id cli-arg-note cli-export-about
// i18n-ids: cli-export-ics-about cli-arg-output cli-arg-check-ins cli-questions-about cli-questions-check-about cli-arg-questions
// i18n-ids: cli-arg-clarifying cli-questions-check-arg-language cli-resume-about cli-resume-arg-id cli-arg-list cli-arg-discard cli-resume-arg-group
// i18n-ids: cli-resume-arg-theme cli-placeholder-dir cli-placeholder-lang cli-placeholder-names cli-placeholder-gap
// i18n-ids: cli-placeholder-protocol cli-placeholder-duration cli-placeholder-old cli-placeholder-new cli-placeholder-file
// i18n-ids: cli-placeholder-theme cli-placeholder-id cli-placeholder-questions cli-placeholder-files cli-placeholder-meeting
// i18n-ids: cli-watch-about cli-watch-arg-meeting cli-watch-arg-once cli-watch-arg-fill

use clap::{Arg, Command, CommandFactory};

use crate::i18n::{self, Lang};

/// The command line as the current language shows it.
pub fn command() -> Command {
    let mut cmd = crate::cli::Cli::command();
    if i18n::lang() != Lang::En {
        // Built first, so that clap's own help flags and help subcommands exist
        // and can be translated too.
        cmd.build();
        localise(&mut cmd, "");
    }
    cmd
}

/// clap takes headings as `&'static str` (without its `string` feature). They are
/// made once per run, a few words each, so leaking them costs nothing.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// clap's default help layout with the language's word for "Usage:".
fn template() -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        crate::t!("cli-usage-heading")
    )
}

/// The text of `id`, if the catalogue has it.
fn lookup(id: &str) -> Option<String> {
    let text = i18n::text(id, None);
    (text != id).then_some(text)
}

/// The id prefix of a command at `path` (`""` for the root, `"group-new"`).
fn prefix(path: &str) -> String {
    if path.is_empty() {
        "cli".to_string()
    } else {
        format!("cli-{path}")
    }
}

fn localise(cmd: &mut Command, path: &str) {
    let p = prefix(path);
    let mut c = std::mem::take(cmd);
    if let Some(about) = lookup(&format!("{p}-about")) {
        c = c.about(about);
    }
    if c.get_long_about().is_some()
        && let Some(text) = lookup(&format!("{p}-long-about"))
    {
        c = c.long_about(text);
    }
    if c.get_after_help().is_some()
        && let Some(text) = lookup(&format!("{p}-after-help"))
    {
        c = c.after_help(text);
    }
    c = c
        .help_template(template())
        .subcommand_help_heading(leak(crate::t!("cli-heading-commands")));
    let ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
    *cmd = localise_below(c, ids, path, path);
}

/// The arguments (their help looked up under `arg_path`), the usage line, and the
/// subcommands below `parent`, for a command and for clap's `help` alike.
fn localise_below(mut c: Command, ids: Vec<String>, arg_path: &str, parent: &str) -> Command {
    for id in ids {
        c = c.mut_arg(&id, |a| localise_arg(a, arg_path));
    }
    let usage = c.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    c = c.override_usage(german_usage(usage));
    for sub in c.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        if name == "help" {
            localise_help(sub, parent);
        } else {
            localise(sub, &join(parent, &name));
        }
    }
    c
}

/// clap's `help` subcommand under the command at `parent`: its own words, and a
/// copy of the real tree below it, which says what the real one says.
fn localise_help(help: &mut Command, parent: &str) {
    let c = std::mem::take(help)
        .about(crate::t!("cli-help-about"))
        .help_template(template())
        .subcommand_help_heading(leak(crate::t!("cli-heading-commands")));
    let ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
    *help = localise_below(c, ids, "help", parent);
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

/// Usage's placeholders for options and subcommands, in the language.
pub fn german_usage(usage: &str) -> String {
    usage
        .replace("[OPTIONS]", &crate::t!("cli-usage-options"))
        .replace("[COMMAND]", &format!("[{}]", crate::t!("cli-usage-command")))
        .replace("<COMMAND>", &format!("<{}>", crate::t!("cli-usage-command")))
}

fn localise_arg(a: Arg, path: &str) -> Arg {
    let id = a.get_id().to_string();
    let mut a = match id.as_str() {
        // clap's own -h/--help: its text says whether a longer help exists.
        "help" if a.get_long_help().is_some() => a
            .help(crate::t!("cli-arg-help-short"))
            .long_help(crate::t!("cli-arg-help-long")),
        _ => match arg_ids(path, &id).iter().find_map(|i| lookup(i)) {
            Some(text) => a.help(text),
            None => a,
        },
    };
    a = spec_values(a);
    a = placeholders(a);
    let heading = if a.is_positional() {
        crate::t!("cli-heading-arguments")
    } else {
        crate::t!("cli-heading-options")
    };
    a.help_heading(leak(heading))
}

/// The value's placeholder (`<NAMES>`, `<OLD=NEW>`, `<N|all|NAMES>`) in the
/// language: each word that has a translation is replaced, values such as `all`
/// or `carry` stay what they are (they are typed as they are).
fn placeholders(a: Arg) -> Arg {
    let names: Vec<String> = match a.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        // A positional's placeholder is its id in capitals, unless named.
        None if a.is_positional() => vec![a.get_id().to_string().to_uppercase()],
        None => return a,
    };
    let translated: Vec<String> = names.iter().map(|n| placeholder(n)).collect();
    if translated == names {
        return a;
    }
    a.value_names(translated.into_iter().map(leak))
}

fn placeholder(name: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in name.chars().chain(std::iter::once('|')) {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        let id = format!("cli-placeholder-{}", word.to_lowercase());
        out.push_str(&lookup(&id).unwrap_or_else(|| word.clone()));
        word.clear();
        out.push(c);
    }
    out.pop();
    out
}

/// Where an argument's help is looked up, most particular first: the command's
/// own (`cli-group-new-arg-members`), each enclosing command's (`cli-group-arg-length`
/// for `group new` and `group edit`), then everyone's (`cli-arg-data-dir`).
pub fn arg_ids(path: &str, arg: &str) -> Vec<String> {
    let key = arg.replace('_', "-");
    let mut out = Vec::new();
    let mut p = path.to_string();
    while !p.is_empty() {
        out.push(format!("cli-{p}-arg-{key}"));
        p = p.rsplit_once('-').map(|(head, _)| head.to_string()).unwrap_or_default();
    }
    out.push(format!("cli-arg-{key}"));
    out
}

/// clap writes `[default: …]` and `[possible values: …]` in English: they are
/// hidden and written into the help here instead.
fn spec_values(mut a: Arg) -> Arg {
    let mut help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let mut extra = Vec::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if a.get_action().takes_values() && !a.is_hide_default_value_set() && !defaults.is_empty() {
        extra.push(crate::t!("cli-default", value = defaults.join(" ")));
        a = a.hide_default_value(true);
    }
    let values = a.get_possible_values();
    let mut long = None;
    if !a.is_hide_possible_values_set() && !values.is_empty() && !matches!(a.get_action(), clap::ArgAction::SetTrue) {
        let names: Vec<&str> = values
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name())
            .collect();
        extra.push(crate::t!("cli-possible-values", values = names.join(", ")));
        if values.iter().any(|v| v.get_help().is_some()) {
            let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
            let lines: Vec<String> = values
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| {
                    let text = lookup(&format!("cli-value-{}", v.get_name())).unwrap_or_default();
                    format!("- {:<width$} {text}", format!("{}:", v.get_name()), width = width + 1)
                })
                .collect();
            long = Some(format!(
                "{help}\n\n{}\n{}",
                crate::t!("cli-possible-values-heading"),
                lines.join("\n")
            ));
        }
        a = a.hide_possible_values(true);
    }
    if !extra.is_empty() {
        if !help.is_empty() {
            help.push(' ');
        }
        help.push_str(&extra.join(" "));
        a = a.help(help);
    }
    if let Some(l) = long {
        a = a.long_help(l);
    }
    a
}

/// Every about and help text in the English tree, with the id German looks up
/// for it, for the test that keeps the catalogue complete.
pub fn english_texts() -> Vec<(Vec<String>, String)> {
    let mut cmd = crate::cli::Cli::command();
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, "", &mut out);
    out
}

fn collect(cmd: &Command, path: &str, out: &mut Vec<(Vec<String>, String)>) {
    let p = prefix(path);
    if let Some(a) = cmd.get_about() {
        out.push((vec![format!("{p}-about")], a.to_string()));
    }
    if let Some(a) = cmd.get_long_about() {
        out.push((vec![format!("{p}-long-about")], a.to_string()));
    }
    if let Some(a) = cmd.get_after_help() {
        out.push((vec![format!("{p}-after-help")], a.to_string()));
    }
    for a in cmd.get_arguments() {
        let id = a.get_id().to_string();
        if let Some(h) = a.get_help()
            && id != "help"
        {
            out.push((arg_ids(path, &id), h.to_string()));
        }
        for v in a.get_possible_values() {
            if let Some(h) = v.get_help() {
                out.push((vec![format!("cli-value-{}", v.get_name())], h.to_string()));
            }
        }
    }
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        collect(sub, &join(path, sub.get_name()), out);
    }
}
