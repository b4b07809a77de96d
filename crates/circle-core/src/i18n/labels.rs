//! Short texts the code holds as `&'static str` (a category's name, what to do
//! in a phase): each is made once per language and message id, then kept.
//! Keyed by the id itself, so no hand-numbered table has to stay in step with
//! the messages.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::{Lang, lang};

/// Every label made so far. Leaking is bounded: one string per (language, id),
/// and the ids are literals in the code (a few dozen, a few bytes each).
static KEPT: Mutex<BTreeMap<(Lang, &'static str), &'static str>> = Mutex::new(BTreeMap::new());

/// The message `id` (without variables) in the current language, kept for the
/// life of the process. Call it through [`label!`](crate::label), which takes a
/// literal id the catalogue test can see.
pub fn label(id: &'static str) -> &'static str {
    let lang = lang();
    // A poisoned lock only means another thread panicked mid-insert of a
    // finished string; the map is still whole.
    let mut kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
    kept.entry((lang, id))
        .or_insert_with(|| Box::leak(super::text(id, None).into_boxed_str()))
}

/// A message without variables as `&'static str`: `label!("category-focus")`.
#[macro_export]
macro_rules! label {
    ($id:literal) => {
        $crate::i18n::label($id)
    };
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn a_label_is_made_once_per_language_and_follows_the_thread() {
        let en = with_lang(Lang::En, || crate::label!("category-focus"));
        let de = with_lang(Lang::De, || crate::label!("category-focus"));
        assert_eq!(en, "initial focus");
        assert_ne!(en, de);
        assert_eq!(de, with_lang(Lang::De, || crate::t!("category-focus")));
        // The same pointer the second time: kept, not made again.
        assert!(std::ptr::eq(
            en,
            with_lang(Lang::En, || crate::label!("category-focus"))
        ));
    }
}
