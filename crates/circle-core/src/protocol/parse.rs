//! Turning a protocol file's text into a checked [`Protocol`], collecting every problem.

use toml::de::DeValue;

use super::model::{GroupSize, Phase, PresenterCount, Protocol, Role, Section};
use super::parse_phase::read_phase;
use crate::duration::{Secs, format_secs};
use crate::toml_reader::{At, TableReader, describe, parse_document};
use crate::toml_reader::{Collector, Diagnostics, did_you_mean};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// More phases than this is not a meeting anyone can run.
pub const MAX_PHASES: usize = 1000;
/// Meetings longer than this are refused.
pub const MAX_MEETING_SECS: Secs = 100 * 3600;

const TOP_KEYS: &[&str] = &[
    "name",
    "summary",
    "language",
    "length",
    "group",
    "presenters",
    "warn",
    "auto_advance",
    "pairs",
    "givers",
    "norms",
    "roles",
    "opening",
    "round",
    "closing",
];
/// `language = "de"`: the language the file's own text is written in (a BCP 47
/// tag). It decides whether circle can coach the questions typed in it.
fn language(diag: &mut Collector, top: &TableReader) -> Option<String> {
    let tag = top.string(diag, "language")?;
    match tag.value.parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) => Some(id.to_string()),
        Err(_) => {
            diag.error(
                Some(tag.span),
                "language",
                crate::t!("err-protocol-language", tag = tag.value.as_str()),
                Some(crate::t!("err-protocol-language-help")),
            );
            None
        }
    }
}

const GROUP_KEYS: &[&str] = &["min", "max"];
const ROLE_KEYS: &[&str] = &["name", "does", "avoids", "rotates"];

/// The roles every protocol has, whether or not its file describes them; their
/// default names are in [`implicit_role_name`].
pub const IMPLICIT_ROLES: [&str; 2] = ["presenter", "coach"];

/// Parse and check a protocol. `file` is what error messages call the file.
pub fn parse_protocol(id: &str, file: &str, text: &str) -> Result<Protocol, Diagnostics> {
    let mut diag = Collector::new(file, text);
    if text.len() > MAX_FILE_BYTES {
        diag.error(
            Some(0..0),
            "",
            too_big_message(text.len()),
            Some(crate::t!("err-protocol-too-big-help")),
        );
        return Err(Diagnostics(diag.found));
    }

    let Some(doc) = parse_document(&mut diag, text) else {
        return Err(Diagnostics(diag.found));
    };
    let top = TableReader::new(&mut diag, doc.get_ref(), "", TOP_KEYS);
    let whole = Some(0..0);

    let name = top.required_string(&mut diag, "name", &crate::t!("err-protocol-name-what"), whole.clone());
    let summary = top.string(&mut diag, "summary").map(|s| s.value).unwrap_or_default();
    let language = language(&mut diag, &top);
    let length = top.secs(&mut diag, "length");
    if let Some(l) = &length
        && l.value > MAX_MEETING_SECS
    {
        diag.error(
            Some(l.span.clone()),
            "length",
            crate::t!(
                "err-meeting-too-long",
                length = format_secs(l.value),
                max = format_secs(MAX_MEETING_SECS)
            ),
            None,
        );
    }
    let group = read_group(&mut diag, &top);
    let presenters = read_presenters(&mut diag, &top);
    if let (PresenterCount::Count(n), Some(max)) = (presenters.value, group.max)
        && n > max
    {
        diag.error(
            Some(presenters.span.clone()),
            "presenters",
            crate::t!("err-protocol-presenters-over-max", count = n, max = max),
            None,
        );
    }
    let warn = top.warn(&mut diag, "warn");
    let auto_advance = top.boolean(&mut diag, "auto_advance").unwrap_or(false);
    let (pairs, givers) = super::phase_extras::read_pairs_and_givers(&mut diag, &top);
    let norms = top.strings(&mut diag, "norms");
    let roles = read_roles(&mut diag, &top);

    let mut role_ids: Vec<String> = roles.iter().map(|r| r.id.clone()).collect();
    for id in IMPLICIT_ROLES {
        if !role_ids.iter().any(|r| r == id) {
            role_ids.push(id.to_string());
        }
    }

    let mut sections: [Vec<Phase>; 3] = Default::default();
    let mut phase_total = 0usize;
    for (slot, section) in sections.iter_mut().zip(Section::ALL) {
        let tables = top.tables(&mut diag, section.key());
        phase_total += tables.len();
        if phase_total > MAX_PHASES {
            // Point at the first phase past the limit.
            let first_over = tables.len().saturating_sub(phase_total - MAX_PHASES);
            diag.error(
                tables.get(first_over).map(|t| t.span.clone()),
                section.key(),
                crate::t!("err-protocol-too-many-phases", max = MAX_PHASES.to_string()),
                None,
            );
            return Err(Diagnostics(diag.found));
        }
        for (i, t) in tables.iter().enumerate() {
            let path = format!("{}[{i}]", section.key());
            if let Some(phase) = read_phase(&mut diag, t, &path, section, &role_ids) {
                slot.push(phase);
            }
        }
    }
    let [opening, round, closing] = sections;

    if round.is_empty() && !top.has("round") {
        diag.error(
            whole,
            "round",
            crate::t!("err-protocol-no-rounds"),
            Some(crate::t!("err-protocol-no-rounds-help")),
        );
    }

    diag.finish()?;
    Ok(Protocol {
        source: text.to_string(),
        id: id.to_string(),
        origin: file.to_string(),
        name: name.unwrap_or_default(),
        summary,
        language,
        length: length.map(|l| l.value),
        group,
        presenters: presenters.value,
        warn,
        auto_advance,
        pairs,
        givers,
        norms,
        roles,
        opening,
        round,
        closing,
    })
}

fn read_group(diag: &mut Collector, top: &TableReader) -> GroupSize {
    let Some(t) = top.table(diag, "group") else {
        return GroupSize::default();
    };
    let g = TableReader::new(diag, t.value, "group", GROUP_KEYS);
    let mut size = |key: &str| -> Option<At<u32>> {
        let n = g.integer(diag, key)?;
        if !(1..=1000).contains(&n.value) {
            diag.error(
                Some(n.span),
                &g.path_of(key),
                crate::t!("err-protocol-group-size", n = n.value.to_string()),
                None,
            );
            return None;
        }
        Some(At {
            value: n.value as u32,
            span: n.span,
        })
    };
    let min = size("min");
    let max = size("max");
    if let (Some(a), Some(b)) = (&min, &max)
        && a.value > b.value
    {
        diag.error(
            Some(b.span.clone()),
            "group.max",
            crate::t!("err-protocol-max-below-min", max = b.value, min = a.value),
            None,
        );
    }
    GroupSize {
        min: min.map(|m| m.value),
        max: max.map(|m| m.value),
    }
}

fn read_presenters(diag: &mut Collector, top: &TableReader) -> At<PresenterCount> {
    let default = At {
        value: PresenterCount::Count(1),
        span: 0..0,
    };
    let Some(v) = top.raw("presenters") else { return default };
    let span = v.span();
    let value = match v.get_ref() {
        DeValue::String(s) if s.as_ref() == "all" => Some(PresenterCount::All),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) if (1..=1000).contains(&n) => Some(PresenterCount::Count(n as u32)),
            _ => None,
        },
        _ => None,
    };
    match value {
        Some(value) => At { value, span },
        None => {
            diag.error(
                Some(span),
                "presenters",
                crate::t!("err-protocol-presenters-type", found = describe(v.get_ref())),
                None,
            );
            default
        }
    }
}

fn read_roles(diag: &mut Collector, top: &TableReader) -> Vec<Role> {
    let Some(t) = top.table(diag, "roles") else {
        return Vec::new();
    };
    let mut roles = Vec::new();
    for (key, value) in t.value.iter() {
        let id: &str = key.get_ref();
        let path = format!("roles.{id}");
        let DeValue::Table(rt) = value.get_ref() else {
            diag.error(
                Some(value.span()),
                &path,
                crate::t!("err-protocol-role-type", id = id, found = describe(value.get_ref())),
                None,
            );
            continue;
        };
        let r = TableReader::new(diag, rt, &path, ROLE_KEYS);
        let default_name = implicit_role_name(id).unwrap_or_else(|| id.to_string());
        roles.push(Role {
            id: id.to_string(),
            name: r.string(diag, "name").map_or(default_name, |s| s.value),
            does: r.strings(diag, "does"),
            avoids: r.strings(diag, "avoids"),
            rotates: r.boolean(diag, "rotates").unwrap_or(false),
        });
    }
    roles
}

pub(super) fn suggest(word: &str, choices: &[&str]) -> String {
    match did_you_mean(word, choices) {
        Some(best) => crate::t!("err-did-you-mean-one-of", best = best, choices = choices.join(", ")),
        None => crate::t!("err-one-of", choices = choices.join(", ")),
    }
}

/// "the file is 2048 KB; protocol files may be at most 1024 KB".
pub(crate) fn too_big_message(bytes: usize) -> String {
    crate::t!(
        "err-protocol-too-big",
        size = (bytes / 1024).to_string(),
        max = (MAX_FILE_BYTES / 1024).to_string()
    )
}

/// The name of a role every protocol has, when its file gives none.
pub fn implicit_role_name(id: &str) -> Option<String> {
    match id {
        "presenter" => Some(crate::t!("role-presenter")),
        "coach" => Some(crate::t!("role-coach")),
        _ => None,
    }
}
