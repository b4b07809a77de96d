//! What the meeting's notices say on screen.

use super::{App, Message, RESUME_MESSAGE_MS};
use crate::engine::Now;
use crate::meeting::Notice;
use crate::notes::record::{Category, Commitment};
use crate::notes::taking::Added;
use crate::protocol::duration::{format_clock, format_secs};

impl App {
    pub(super) fn notice(&mut self, notice: Notice, now: Now) {
        match notice {
            Notice::Refused(why) => self.say(why, now),
            Notice::Adjusted { ms, floored } => {
                let left = self.engine().map(|s| s.time(now).shown_remaining_secs()).unwrap_or(0);
                let sign = if ms >= 0 { "+" } else { "−" };
                let change = format_secs(ms.unsigned_abs().div_ceil(1000).max(1));
                let text = if floored {
                    format!("{sign}{change} for this step: cut to the time already used · time is up")
                } else {
                    format!("{sign}{change} for this step · {} left", format_clock(left))
                };
                self.say(text, now);
            }
            Notice::Restarted => self.say(
                "this step's time starts again (time already spent stays on record)",
                now,
            ),
            Notice::Rebalanced(r) => {
                let Some(plan) = self.engine().map(|s| s.plan()) else {
                    return;
                };
                let parts: Vec<String> = r
                    .taken
                    .iter()
                    .map(|(j, ms)| format!("{} −{}", plan.steps[*j].title, format_clock(ms / 1000)))
                    .collect();
                let mut text = format!(
                    "Rebalanced: took back {} ({})",
                    format_clock(r.taken_ms() / 1000),
                    parts.join(", ")
                );
                if r.short_ms > 0 {
                    text.push_str(&format!(
                        "; still {} behind (floors reached)",
                        format_clock(r.short_ms / 1000)
                    ));
                }
                self.say(text, now);
            }
            Notice::NoteAdded { added, commitment } => {
                self.ui.notes.echo = Some(echo(&added, commitment.as_ref()));
            }
            Notice::Marked { text, status } => {
                let line = format!("{text} — {}", status.label());
                self.ui.notes.echo = Some((crate::safe_text::clipped(&line, 200), None));
            }
            Notice::Learned => self.ui.notes.echo = Some(("learned — saved with the report-back".into(), None)),
            Notice::NormAdopted(change) => {
                let line = match &change.replaces {
                    Some(old) => format!("norm changed: \"{old}\" is now \"{}\"", change.norm),
                    None => format!("norm adopted: {}", change.norm),
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
                self.ui.handover_until = Some(now.mono + crate::tui::frame::FLASH_MS);
            }
            Notice::Resumed { away_s } => {
                self.ui.message = Some(Message {
                    text: format!(
                        "Resumed after {} away — paused; space to go on",
                        format_secs(away_s.max(1))
                    ),
                    until: now.mono + RESUME_MESSAGE_MS,
                });
            }
        }
    }
}

/// What the notes pane says about a saved note.
fn echo(added: &Added, commitment: Option<&Commitment>) -> (String, Option<String>) {
    let mut label = added.category.label().to_string();
    if let Some(v) = added.verdict {
        label = format!("{label} ({})", v.key());
    }
    if added.category == Category::Commitment
        && let Some(c) = commitment
    {
        label = format!("commitment of {}, due {}", c.owner, c.due.format("%a %-d %b %Y"));
        if let Some(said) = &added.due_said {
            label.push_str(&format!(" (read from \"{said}\")"));
        }
        if let Some(b) = &c.buddy {
            label.push_str(&format!(", buddy {b}"));
        }
    }
    let hint = match added.category {
        // The line stays open for more notes, where `a` is a letter: say how to get out.
        Category::Norm => Some("Esc closes the line, then a adopts it as a norm of the group".to_string()),
        _ => added.hint.clone(),
    };
    (format!("saved as {label}"), hint)
}
