//! The compiled-in Fluent bundles, one per language, built on first use.

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
/// Where each message's text lies was found at build time (`build.rs`).
struct Lazy {
    bundle: Mutex<FluentBundle<FluentResource>>,
}

mod generated {
    include!(concat!(env!("OUT_DIR"), "/catalogue_index.rs"));
}

/// The source text of message `id` in `lang`'s catalogue.
fn source(lang: Lang, id: &str) -> Option<&'static str> {
    let index = generated::index(lang.tag());
    let at = index.binary_search_by(|entry| entry.0.cmp(id)).ok()?;
    let (_, file, start, end) = index[at];
    sources(lang)[file as usize].get(start as usize..end as usize)
}

fn catalogue(lang: Lang) -> &'static Lazy {
    static CATALOGUES: [OnceLock<Lazy>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    CATALOGUES[lang.index()].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks are for bidirectional text in GUIs; in a
        // terminal they are stray invisible characters that break alignment.
        bundle.set_use_isolating(false);
        Lazy {
            bundle: Mutex::new(bundle),
        }
    })
}

pub(super) fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let Some(text) = source(l, id) else { continue };
        let mut bundle = catalogue(l).bundle.lock().unwrap_or_else(|p| p.into_inner());
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
            let ids: Vec<String> = messages(lang).into_iter().map(|(id, _)| id).collect();
            let indexed: Vec<&str> = generated::index(lang.tag()).iter().map(|e| e.0).collect();
            assert!(indexed.is_sorted(), "{}: the index is sorted", lang.tag());
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

    #[test]
    fn the_index_built_with_the_program_is_the_catalogue_it_carries() {
        for lang in Lang::ALL {
            let mut expected = std::collections::BTreeMap::new();
            for (file, text) in sources(lang).iter().enumerate() {
                for (id, start, end) in crate::i18n::entries::spans(text) {
                    expected.entry(id).or_insert((file as u8, start as u32, end as u32));
                }
            }
            let built: Vec<_> = generated::index(lang.tag())
                .iter()
                .map(|&(id, file, start, end)| (id, (file, start, end)))
                .collect();
            assert_eq!(built, expected.into_iter().collect::<Vec<_>>(), "{}", lang.tag());
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
