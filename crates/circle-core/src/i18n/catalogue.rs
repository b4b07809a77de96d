//! The compiled-in Fluent bundles, one per language, built on first use.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::Lang;

fn sources(lang: Lang) -> [&'static str; super::FILES.len()] {
    lang.spec().files
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    BUNDLES[lang.index()].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks are for bidirectional text in GUIs; in a
        // terminal they are stray invisible characters that break alignment.
        bundle.set_use_isolating(false);
        for source in sources(lang) {
            // A test parses every file strictly; here a broken entry is skipped
            // rather than taking the whole language down.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

pub(super) fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, args, &mut errors).into_owned();
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
