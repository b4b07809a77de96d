//! Holding a catalogue to English: the same message ids, the same variables in
//! each message, nothing empty. Works on catalogue texts, not on the compiled-in
//! languages, so a test can hand it a made-up catalogue and see what it reports.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{ast, parser};

/// What a check needs to know of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// Every `{ $name }` the message uses, in any variant of any selector.
    pub variables: BTreeSet<String>,
    /// No words at all (only whitespace), where a reader would see a gap.
    pub empty: bool,
}

/// Something wrong with a catalogue, next to English or on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A file does not parse (Fluent skips the broken entry).
    Parse(String),
    /// The same id twice: the later one would silently win.
    Twice(String),
    /// In English, not here: the reader would see English.
    Missing(String),
    /// Here, not in English: named by no code.
    Extra(String),
    /// Other variables than English's: one would show as `{$name}` or be lost.
    Variables {
        id: String,
        english: BTreeSet<String>,
        here: BTreeSet<String>,
    },
    /// A message with no words.
    Empty(String),
}

/// Every message of a catalogue (its files' texts), by id, and what is wrong
/// with the catalogue on its own.
pub fn shapes(files: &[&str]) -> (BTreeMap<String, Shape>, Vec<Problem>) {
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for text in files {
        let resource = parser::parse(*text).unwrap_or_else(|(partial, errors)| {
            problems.extend(errors.iter().map(|e| Problem::Parse(format!("{e:?}"))));
            partial
        });
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else { continue };
            let mut variables = BTreeSet::new();
            let mut words = String::new();
            if let Some(p) = &m.value {
                walk_pattern(p, &mut variables, &mut words);
            }
            let empty = words.trim().is_empty() && variables.is_empty();
            if out.insert(m.id.name.to_string(), Shape { variables, empty }).is_some() {
                problems.push(Problem::Twice(m.id.name.to_string()));
            }
        }
    }
    (out, problems)
}

/// What is wrong with `other` (a language's catalogue files) held to `english`.
/// English itself is checked for parse errors, duplicates and empty messages
/// when passed as both.
pub fn compare(english: &[&str], other: &[&str]) -> Vec<Problem> {
    let (en, _) = shapes(english);
    let (here, mut problems) = shapes(other);
    for (id, shape) in &en {
        match here.get(id) {
            None => problems.push(Problem::Missing(id.clone())),
            Some(h) if h.variables != shape.variables => problems.push(Problem::Variables {
                id: id.clone(),
                english: shape.variables.clone(),
                here: h.variables.clone(),
            }),
            Some(_) => {}
        }
    }
    for (id, shape) in &here {
        if !en.contains_key(id) {
            problems.push(Problem::Extra(id.clone()));
        }
        if shape.empty {
            problems.push(Problem::Empty(id.clone()));
        }
    }
    problems
}

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, words: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => words.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, vars, words),
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, words: &mut String) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, words);
            for v in variants {
                walk_pattern(&v.value, vars, words);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, vars, words),
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, words: &mut String) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::StringLiteral { value } => words.push_str(value),
        ast::InlineExpression::NumberLiteral { value } => words.push_str(value),
        // `NUMBER($n)`: the variables inside a function call are used too.
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, words);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, words);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, words),
        // A reference to another message or term brings words, not variables
        // of this message's own.
        ast::InlineExpression::MessageReference { id, .. } | ast::InlineExpression::TermReference { id, .. } => {
            words.push_str(id.name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sees_variables_in_selectors_variants_and_function_calls() {
        let (shapes, problems) =
            shapes(&["a = { $n ->\n    [one] one { $who }\n   *[other] { NUMBER($n) } { $what }\n}\nb = { \"\" }\n"]);
        assert_eq!(problems, []);
        let vars: Vec<_> = shapes["a"].variables.iter().map(String::as_str).collect();
        assert_eq!(vars, ["n", "what", "who"]);
        assert!(!shapes["a"].empty);
        assert!(shapes["b"].empty);
    }

    #[test]
    fn reports_each_kind_of_difference() {
        let en = ["a = one { $x }\nb = two\nc = three\n"];
        let other = ["a = eins { $y }\nb = { \"\" }\nd = vier\nd = vier\n"];
        let problems = compare(&en, &other);
        assert!(problems.contains(&Problem::Missing("c".into())), "{problems:?}");
        assert!(problems.contains(&Problem::Extra("d".into())), "{problems:?}");
        assert!(problems.contains(&Problem::Twice("d".into())), "{problems:?}");
        assert!(problems.contains(&Problem::Empty("b".into())), "{problems:?}");
        assert!(problems.contains(&Problem::Variables {
            id: "a".into(),
            english: BTreeSet::from(["x".into()]),
            here: BTreeSet::from(["y".into()]),
        }));
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert_eq!(compare(&en, &en), []);
    }
}
