//! The fallback for questions no rule recognises: multinomial naive Bayes over word
//! unigrams and bigrams (plus the first word and whether it was asked), learnt from
//! the training table that is built into the binary. It is fitted once, on first
//! use, in well under a millisecond.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{CoachLanguage, Verdict, judged_words};

/// Laplace smoothing: every feature is seen this many extra times in every class.
const SMOOTHING: f64 = 0.5;

pub struct Model {
    classes: Vec<ClassCounts>,
    vocabulary: usize,
}

struct ClassCounts {
    verdict: Verdict,
    log_prior: f64,
    features: HashMap<String, u32>,
    total: u32,
}

/// The model of a language, trained on its training tables, compiled in: it knows
/// nothing else (never a held-out or an independent set).
pub fn model(lang: CoachLanguage) -> &'static Model {
    static MODELS: [OnceLock<Model>; 2] = [OnceLock::new(), OnceLock::new()];
    MODELS[lang.index()].get_or_init(|| {
        let rows: Vec<(Verdict, String)> = lang.tables().training.iter().flat_map(|t| parse_table(t)).collect();
        Model::train(rows.iter().map(|(v, q)| (*v, q.as_str())))
    })
}

/// `verdict<TAB>question` lines; `#` comments and blank lines are skipped.
pub fn parse_table(text: &str) -> Vec<(Verdict, String)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (verdict, question) = l.split_once('\t')?;
            Some((Verdict::from_key(verdict.trim())?, question.trim().to_string()))
        })
        .collect()
}

/// The features of a sentence: its first word, its words and its word pairs.
fn features(words: &[String], asked: bool) -> Vec<String> {
    let mut out = vec![if asked { "<asked>" } else { "<stated>" }.to_string()];
    if let Some(first) = words.first() {
        out.push(format!("^{first}"));
    }
    out.extend(words.iter().cloned());
    out.extend(words.windows(2).map(|w| format!("{} {}", w[0], w[1])));
    out
}

impl Model {
    pub fn train<'a>(examples: impl IntoIterator<Item = (Verdict, &'a str)>) -> Model {
        let mut classes: Vec<ClassCounts> = Verdict::ALL
            .iter()
            .map(|&verdict| ClassCounts {
                verdict,
                log_prior: 0.0,
                features: HashMap::new(),
                total: 0,
            })
            .collect();
        let mut seen: HashMap<Verdict, u32> = HashMap::new();
        let mut vocabulary: std::collections::HashSet<String> = std::collections::HashSet::new();
        for (verdict, question) in examples {
            let (words, asked) = judged_words(question);
            let class = classes
                .iter_mut()
                .find(|c| c.verdict == verdict)
                .expect("every verdict");
            *seen.entry(verdict).or_default() += 1;
            for f in features(&words, asked) {
                *class.features.entry(f.clone()).or_default() += 1;
                class.total += 1;
                vocabulary.insert(f);
            }
        }
        let examples: u32 = seen.values().sum();
        for class in &mut classes {
            let n = seen.get(&class.verdict).copied().unwrap_or(0);
            class.log_prior = ((n as f64 + 1.0) / (examples as f64 + Verdict::ALL.len() as f64)).ln();
        }
        Model {
            classes,
            vocabulary: vocabulary.len(),
        }
    }

    /// The likeliest verdict for a sentence's words.
    pub fn classify(&self, words: &[String], asked: bool) -> Verdict {
        let features = features(words, asked);
        let score = |c: &ClassCounts| {
            let denominator = (c.total as f64 + SMOOTHING * self.vocabulary as f64).ln();
            c.log_prior
                + features
                    .iter()
                    .map(|f| (c.features.get(f).copied().unwrap_or(0) as f64 + SMOOTHING).ln() - denominator)
                    .sum::<f64>()
        };
        self.classes
            .iter()
            .map(|c| (c.verdict, score(c)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(Verdict::Closed, |(v, _)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_table_trains_every_class() {
        let table = parse_table(CoachLanguage::English.tables().training[0]);
        for v in Verdict::ALL {
            assert!(table.iter().filter(|(t, _)| *t == v).count() >= 25, "{v:?}");
        }
        let m = model(CoachLanguage::English);
        let words = |t: &str| judged_words(t).0;
        assert_eq!(m.classify(&words("why didn't you say so"), true), Verdict::Judgemental);
    }
}
