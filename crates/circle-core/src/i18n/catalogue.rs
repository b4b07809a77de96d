//! The compiled-in Fluent bundles, one per language, built on first use.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::Lang;

fn sources(lang: Lang) -> [&'static str; super::FILES.len()] {
    lang.spec().files
}

/// One language's messages, parsed one at a time as they are first used: parsing
/// the whole catalogue (about 900 messages) was a tenth of circle's start-up, and a
/// screen uses a few dozen. The catalogues have no terms and no message
/// references (a test checks), so a message parses alone as it does in its file.
struct Lazy {
    /// Each message's id and its source: its first line and the indented lines
    /// that continue it. A second message of the same id is ignored, as Fluent
    /// ignores it.
    index: HashMap<&'static str, &'static str>,
    bundle: Mutex<FluentBundle<FluentResource>>,
}

fn catalogue(lang: Lang) -> &'static Lazy {
    static CATALOGUES: [OnceLock<Lazy>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    CATALOGUES[lang.index()].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks are for bidirectional text in GUIs; in a
        // terminal they are stray invisible characters that break alignment.
        bundle.set_use_isolating(false);
        let mut index = HashMap::with_capacity(1024);
        for source in sources(lang) {
            for (id, text) in entries(source) {
                index.entry(id).or_insert(text);
            }
        }
        Lazy {
            index,
            bundle: Mutex::new(bundle),
        }
    })
}

/// The messages of a Fluent source as (id, source text), without parsing them: a
/// message starts at a line that starts with a letter and runs until the next line
/// that starts another entry (a letter, a comment's `#`, a term's `-`) or the end;
/// indented lines and a selector's closing `}` continue it.
fn entries(source: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    let close = |start: Option<usize>, end: usize, out: &mut Vec<_>| {
        if let Some(s) = start {
            let text: &'static str = &source[s..end];
            let end = text.bytes().position(|b| b == b'=' || b.is_ascii_whitespace());
            let id = &text[..end.unwrap_or(text.len())];
            out.push((id, text));
        }
    };
    for line in source.split_inclusive('\n') {
        let first = line.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_alphabetic() || first == b'#' || first == b'-' {
            close(start.take(), at, &mut out);
            if first.is_ascii_alphabetic() {
                start = Some(at);
            }
        }
        at += line.len();
    }
    close(start, at, &mut out);
    out
}

pub(super) fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let c = catalogue(l);
        let Some(text) = c.index.get(id) else { continue };
        let mut bundle = c.bundle.lock().unwrap_or_else(|p| p.into_inner());
        if !bundle.has_message(id) {
            // A test parses every file strictly; here a broken entry is skipped
            // rather than taking the whole language down.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            // A variable the call did not pass shows as `{$name}`: in release the
            // reader still gets the rest; in debug builds and tests it stops here,
            // so such a call cannot pass a test that reaches it.
            debug_assert!(errors.is_empty(), "`{id}` in {}: {errors:?}", l.tag());
            return text;
        }
    }
    id.to_string()
}

/// Every message's id and its text with variables shown as `{$name}`.
pub(super) fn messages(lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for source in sources(lang) {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let text = m.value.as_ref().map(pattern_text).unwrap_or_default();
                out.push((m.id.name.to_string(), text));
            }
        }
    }
    out
}

pub(super) fn variables(lang: Lang, id: &str) -> Vec<String> {
    let (shapes, _) = super::check::shapes(&sources(lang));
    shapes
        .get(id)
        .map(|s| s.variables.iter().cloned().collect())
        .unwrap_or_default()
}

/// The literal text of a pattern, every variant of a selector included.
fn pattern_text(p: &ast::Pattern<&str>) -> String {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable { expression } => expression_text(expression, &mut s),
        }
    }
    s
}

fn expression_text(e: &ast::Expression<&str>, s: &mut String) {
    match e {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                s.push(' ');
                s.push_str(&pattern_text(&v.value));
            }
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => s.push_str(value),
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            s.push_str(&format!("{{${}}}", id.name));
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Parse errors in the shipped catalogues, for a test.
pub fn parse_errors() -> Vec<String> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for source in sources(lang) {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                out.extend(errors.iter().map(|e| format!("{}: {e:?}", lang.tag())));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole catalogue parsed at once, as it was before it was parsed lazily.
    fn whole(lang: Lang) -> FluentBundle<FluentResource> {
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        for source in sources(lang) {
            let _ = bundle.add_resource(FluentResource::try_new(source.to_string()).unwrap());
        }
        bundle
    }

    #[test]
    fn each_message_reads_alone_as_in_its_whole_file() {
        for lang in Lang::ALL {
            let bundle = whole(lang);
            let lazy = catalogue(lang);
            let ids: Vec<String> = messages(lang).into_iter().map(|(id, _)| id).collect();
            let mut indexed: Vec<&str> = lazy.index.keys().copied().collect();
            indexed.sort_unstable();
            let mut parsed: Vec<&str> = ids.iter().map(String::as_str).collect();
            parsed.sort_unstable();
            parsed.dedup();
            assert_eq!(
                indexed,
                parsed,
                "{}: the index finds every message, and nothing else",
                lang.tag()
            );
            for id in &ids {
                // Every variable the message uses, as a call would pass them.
                let mut args = FluentArgs::new();
                for (i, name) in variables(lang, id).into_iter().enumerate() {
                    args.set(name, i as i64 + 2);
                }
                let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap();
                let mut errors = Vec::new();
                let expected = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
                assert_eq!(format(lang, id, Some(&args)), expected, "{}: {id}", lang.tag());
            }
        }
    }

    fn refers(p: &ast::Pattern<&str>) -> bool {
        p.elements.iter().any(|el| match el {
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { selector, variants } => {
                    inline_refers(selector) || variants.iter().any(|v| refers(&v.value))
                }
                ast::Expression::Inline(e) => inline_refers(e),
            },
            ast::PatternElement::TextElement { .. } => false,
        })
    }

    fn inline_refers(e: &ast::InlineExpression<&str>) -> bool {
        match e {
            ast::InlineExpression::MessageReference { .. } | ast::InlineExpression::TermReference { .. } => true,
            ast::InlineExpression::Placeable { expression } => match expression.as_ref() {
                ast::Expression::Inline(e) => inline_refers(e),
                ast::Expression::Select { .. } => true,
            },
            _ => false,
        }
    }

    #[test]
    fn no_message_refers_to_another() {
        // A message that used a term or another message would not read alone.
        for lang in Lang::ALL {
            for source in sources(lang) {
                let resource = FluentResource::try_new(source.to_string()).unwrap();
                for entry in resource.entries() {
                    match entry {
                        ast::Entry::Term(t) => panic!("{}: a term -{}", lang.tag(), t.id.name),
                        ast::Entry::Message(m) => {
                            let uses =
                                m.value.as_ref().is_some_and(refers) || m.attributes.iter().any(|a| refers(&a.value));
                            assert!(!uses, "{}: {} refers to another message", lang.tag(), m.id.name);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}
