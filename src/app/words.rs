//! What the meeting's notices say on screen.

use super::{App, Echo, Message, RESUME_MESSAGE_MS};
use crate::coach::Verdict;
use crate::duration::{format_clock, format_secs};
use crate::engine::Now;
use crate::meeting::Notice;
use crate::notes::taking::Added;
use crate::protocol::Category;
use crate::record::Commitment;

impl App {
    pub(super) fn notice(&mut self, notice: Notice, now: Now) {
        match notice {
            Notice::Refused(why) => self.say(super::refusals::refusal(why), now),
            Notice::Adjusted { ms, floored } => {
                let left = self.engine().map(|s| s.time(now).shown_remaining_secs()).unwrap_or(0);
                let sign = if ms >= 0 { "+" } else { "−" };
                let change = format_secs(ms.unsigned_abs().div_ceil(1000).max(1));
                let change = format!("{sign}{change}");
                let text = if floored {
                    crate::t!("notice-adjusted-floored", change = change)
                } else {
                    crate::t!("notice-adjusted", change = change, left = format_clock(left))
                };
                self.say(text, now);
            }
            Notice::Restarted => self.say(crate::t!("notice-restarted"), now),
            Notice::Rebalanced(r) => {
                let Some(plan) = self.engine().map(|s| s.plan()) else {
                    return;
                };
                let parts: Vec<String> = r
                    .taken
                    .iter()
                    .map(|(j, ms)| format!("{} −{}", plan.steps[*j].title, format_clock(ms / 1000)))
                    .collect();
                let taken = format_clock(r.taken_ms() / 1000);
                let mut text = crate::t!("notice-rebalanced", taken = taken, steps = parts.join(", "));
                if r.short_ms > 0 {
                    let behind = format_clock(r.short_ms / 1000);
                    text.push_str(&crate::t!("notice-rebalanced-short", behind = behind));
                }
                self.say(text, now);
            }
            Notice::NoteAdded { added, commitment } => {
                self.ui.notes.echo = Some(echo(&added, commitment.as_ref()));
            }
            Notice::Marked { text, status } => {
                let line = crate::t!("notice-marked", text = text, status = status.label());
                self.ui.notes.echo = Some(said(crate::safe_text::clipped(&line, 200)));
            }
            Notice::Learned => self.ui.notes.echo = Some(said(crate::t!("notice-learned"))),
            Notice::PrivateNoteKept => {
                self.ui.notes.echo = Some(Echo {
                    said: crate::t!("notice-private-kept"),
                    saved: Some(crate::t!("notice-private-what")),
                    hint: None,
                })
            }
            Notice::NormAdopted(change) => {
                let line = match &change.replaces {
                    Some(old) => crate::t!("notice-norm-changed", old = old, norm = &change.norm),
                    None => crate::t!("notice-norm-adopted", norm = &change.norm),
                };
                // Adopted with a key, outside the notes line: said on the status line.
                self.say(crate::safe_text::clipped(&line, 200), now);
            }
            Notice::HandedOver => {
                // Like a facilitator's handover: the time bell, and the cues flash.
                if self.bell {
                    for k in 0..crate::engine::Alert::Time.rings() {
                        self.ui.bells.push_back(now.mono + u64::from(k) * super::BELL_GAP_MS);
                    }
                }
                self.ui.handover_until = Some(now.mono + crate::app::frame::FLASH_MS);
            }
            Notice::Resumed { away_s } => {
                self.ui.message = Some(Message {
                    text: crate::t!(
                        "notice-resumed",
                        away = format_secs(away_s.max(1)),
                        key = crate::app::keys::key_for(
                            crate::app::keys::Scope::Live,
                            crate::app::keys::Action::Engine(crate::engine::Command::TogglePause)
                        )
                    ),
                    until: now.mono + RESUME_MESSAGE_MS,
                });
            }
        }
    }
}

/// An echo that is only words.
fn said(text: String) -> Echo {
    Echo {
        said: text,
        saved: None,
        hint: None,
    }
}

/// A question's verdict as the screen says it.
fn verdict_word(v: Verdict) -> String {
    match v {
        Verdict::Open => crate::t!("verdict-open"),
        Verdict::Closed => crate::t!("verdict-closed"),
        Verdict::Advice => crate::t!("verdict-advice"),
        Verdict::Judgemental => crate::t!("verdict-judgemental"),
    }
}

/// What the notes pane says about a saved note.
fn echo(added: &Added, commitment: Option<&Commitment>) -> Echo {
    let mut label = added.category.label().to_string();
    if let Some(v) = added.verdict {
        label = format!("{label} ({})", verdict_word(v));
    }
    if added.category == Category::Commitment
        && let Some(c) = commitment
    {
        let due = crate::i18n::dates::short_date(c.due);
        label = if c.owner == crate::notes::taking::GROUP_OWNER {
            crate::t!("echo-commitment-group", due = due)
        } else {
            crate::t!("echo-commitment", owner = &c.owner, due = due)
        };
        if let Some(said) = &added.due_said {
            label.push_str(&crate::t!("echo-due-read", said = said));
        }
        if let Some(b) = &c.buddy {
            label.push_str(&crate::t!("echo-buddy", buddy = b));
        }
    }
    let hint = match added.category {
        // The line stays open for more notes, where `a` is a letter: say how to get out.
        Category::Norm => Some(crate::t!("echo-norm-hint")),
        _ => added.hint.clone(),
    };
    Echo {
        said: crate::t!("echo-saved", what = &label),
        saved: Some(label),
        hint,
    }
}
