//! clap's errors in the reader's language. English keeps clap's own message; in
//! another language the message is written anew from the error's kind and
//! context, with clap's exit code.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{self, Lang};

/// Print the error as the language says it and exit as clap would.
pub fn exit(e: clap::Error) -> ! {
    let shows_text = matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if i18n::lang() == Lang::En || shows_text {
        // Help and version are already in the language: the tree was translated.
        e.exit()
    }
    crate::safe_out::warn(message(&e).trim_end());
    std::process::exit(e.exit_code())
}

fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn list(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The whole message: what is wrong, tips, usage, where to read more.
pub fn message(e: &clap::Error) -> String {
    let mut out = crate::t!("cli-error", message = body(e));
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let similar = list(e, kind);
        if !similar.is_empty() {
            tips.push(similar_tip(kind, &similar));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|s| suggested_tip(&s.to_string())));
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("\n  {}", crate::t!("cli-tip", tip = tip)));
        }
    }
    if let Some(usage) = text(e, ContextKind::Usage) {
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        let usage = crate::cli_i18n::german_usage(usage);
        out.push_str(&format!("\n\n{} {usage}", crate::t!("cli-usage-heading")));
    }
    out.push_str(&format!("\n\n{}\n", crate::t!("cli-more-help")));
    out
}

fn quoted(v: &[String]) -> String {
    v.iter()
        .map(|s| crate::t!("cli-quoted", text = s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "a similar argument exists: …", for subcommands, arguments and values.
fn similar_tip(kind: ContextKind, similar: &[String]) -> String {
    let count = similar.len();
    let names = quoted(similar);
    match kind {
        ContextKind::SuggestedSubcommand => crate::t!("cli-tip-similar-subcommand", count = count, names = names),
        ContextKind::SuggestedArg => crate::t!("cli-tip-similar-argument", count = count, names = names),
        _ => crate::t!("cli-tip-similar-value", count = count, names = names),
    }
}

/// clap's English tips, recognised by their shape.
fn suggested_tip(tip: &str) -> String {
    let parts: Vec<&str> = tip.split('\'').collect();
    if tip.starts_with("to pass '") && parts.len() >= 4 {
        return crate::t!("cli-tip-as-value", arg = parts[1], usage = parts[3]);
    }
    if tip.starts_with("subcommand '") && parts.len() >= 2 {
        return crate::t!("cli-tip-remove-dashes", name = parts[1]);
    }
    if tip.starts_with('\'') && tip.ends_with("' exists") && parts.len() >= 2 {
        return crate::t!("cli-tip-exists", name = parts[1]);
    }
    tip.to_string()
}

fn body(e: &clap::Error) -> String {
    let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => crate::t!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidValue if value.is_empty() => crate::t!("cli-error-value-missing", arg = arg),
        ErrorKind::InvalidValue => {
            let mut m = crate::t!("cli-error-invalid-value", arg = arg, value = value);
            let valid = list(e, ContextKind::ValidValue);
            if !valid.is_empty() {
                m.push_str(&format!(
                    "\n  {}",
                    crate::t!("cli-possible-values", values = valid.join(", "))
                ));
            }
            m
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(|s| s.to_string()).unwrap_or_default();
            crate::t!("cli-error-validation", arg = arg, value = value, why = why)
        }
        ErrorKind::InvalidSubcommand => crate::t!(
            "cli-error-unknown-subcommand",
            name = text(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = list(e, ContextKind::InvalidArg);
            format!(
                "{}\n  {}",
                crate::t!("cli-error-missing-argument"),
                missing.join("\n  ")
            )
        }
        ErrorKind::MissingSubcommand => {
            let mut m = crate::t!(
                "cli-error-missing-subcommand",
                name = text(e, ContextKind::InvalidSubcommand).unwrap_or_default()
            );
            let valid = list(e, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                m.push_str(&format!(
                    "\n  {}",
                    crate::t!("cli-subcommands", names = valid.join(", "))
                ));
            }
            m
        }
        ErrorKind::ArgumentConflict => conflict(e, &arg),
        ErrorKind::NoEquals => crate::t!("cli-error-no-equals", arg = arg),
        ErrorKind::TooManyValues => crate::t!("cli-error-too-many-values", arg = arg, value = value),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            crate::t!("cli-error-number-of-values", arg = arg)
        }
        ErrorKind::InvalidUtf8 => crate::t!("cli-error-utf8"),
        _ => crate::t!("cli-error-other"),
    }
}

fn conflict(e: &clap::Error, arg: &str) -> String {
    match e.get(ContextKind::PriorArg) {
        Some(ContextValue::String(prior)) if prior == arg => crate::t!("cli-error-repeated", arg = arg),
        Some(ContextValue::String(prior)) => crate::t!("cli-error-conflict", arg = arg, other = prior.as_str()),
        Some(ContextValue::Strings(others)) => {
            format!(
                "{}\n  {}",
                crate::t!("cli-error-conflict-many", arg = arg),
                others.join("\n  ")
            )
        }
        _ => crate::t!("cli-error-conflict-any", arg = arg),
    }
}
