//! The live meeting: one model of the engine, the notes and the group's context,
//! changed only by [`Meeting::apply`]. Pure: no I/O, no clock of its own. What the
//! outside world must do (journal, save) comes back as [`MeetingEffect`]s.

use super::spec::MeetingSpec;
use crate::engine::{Command, Engine, Now, Outcome, Rebalance, Refusal, RunState, Settings};
use crate::journal::{Entry, Event, Header, JOURNAL_VERSION};
use crate::memory::OpenCommitment;
use crate::notes::taking::Added;
use crate::notes::{GroupContext, MeetingNotes};
use crate::plan::{Plan, PlanError};
use crate::protocol::StepList;
use crate::record::Record;
use crate::record::{Commitment, NormChange, Programme, Status};

/// Where the meeting is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Planned; nobody has pressed start.
    Ready,
    Running,
    Finished,
}

/// What the outside world must do after an event.
#[derive(Debug, Clone, PartialEq)]
pub enum MeetingEffect {
    /// Append this to the journal before the screen shows its result.
    Journal(Entry),
    /// The notes changed: rewrite the record and summary.
    Save,
    /// The current step changed.
    StepChanged,
    /// Something to tell the room.
    Notice(Notice),
}

/// What an event did, in data: the screen puts it into words.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The engine refused a command, and why.
    Refused(Refusal),
    /// The step's time changed by `ms`; `floored` when a cut stopped at the time used.
    Adjusted {
        ms: i64,
        floored: bool,
    },
    Restarted,
    Rebalanced(Rebalance),
    /// A note was saved; with the commitment it made, if it made one.
    NoteAdded {
        added: Added,
        commitment: Option<Commitment>,
    },
    Marked {
        text: String,
        status: Status,
    },
    Learned,
    /// The facilitator's private note was kept.
    PrivateNoteKept,
    /// The group adopted a norm.
    NormAdopted(NormChange),
    Resumed {
        away_s: u64,
    },
    /// Time ran out and the meeting moved on by itself (auto-advance).
    HandedOver,
}

#[derive(Debug, Clone)]
pub struct Meeting {
    spec: MeetingSpec,
    engine: Engine,
    context: GroupContext,
    /// The notes, from the moment the meeting begins.
    notes: Option<MeetingNotes>,
}

impl Meeting {
    /// Plan a meeting of these members; it waits on the ready stage.
    pub fn plan(spec: MeetingSpec, members: Vec<String>, settings: Settings) -> Result<Meeting, PlanError> {
        let plan = spec.plan(members)?;
        let context = spec.context(&plan);
        Ok(Meeting::from_plan(spec, plan, context, settings))
    }

    pub(super) fn from_plan(spec: MeetingSpec, plan: Plan, context: GroupContext, settings: Settings) -> Meeting {
        Meeting {
            spec,
            engine: Engine::new(plan, settings),
            context,
            notes: None,
        }
    }

    pub fn spec(&self) -> &MeetingSpec {
        &self.spec
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn plan_ref(&self) -> &Plan {
        self.engine.plan()
    }

    pub fn context(&self) -> &GroupContext {
        &self.context
    }

    pub fn notes(&self) -> Option<&MeetingNotes> {
        self.notes.as_ref()
    }

    /// Before the meeting begins, the group may change who facilitates: the role
    /// passes to the next member in the seating order. Returns the role and holder.
    pub fn hand_on_role(&mut self) -> Option<(String, String)> {
        if self.stage() != Stage::Ready {
            return None;
        }
        let plan = self.engine.plan();
        self.context.hand_on_role(&plan.protocol, &plan.members)
    }

    pub fn stage(&self) -> Stage {
        match self.engine.state() {
            RunState::Ready => Stage::Ready,
            RunState::Finished => Stage::Finished,
            RunState::Running { .. } | RunState::Paused => Stage::Running,
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(self.engine.state(), RunState::Running { .. })
    }

    /// Apply one event at `now`: the only way a meeting changes. Time passing comes
    /// first (a step may run out and, with auto-advance, move on), then the event.
    pub fn apply(&mut self, event: &Event, now: Now) -> Vec<MeetingEffect> {
        let mut fx = Vec::new();
        self.apply_to(event, now, &mut fx, true);
        fx
    }

    /// Apply an event read back from the journal: the same change, into `fx`, but
    /// without a copy of the event to journal (it is there already). A replay of
    /// 10,000 events copied every note only to drop it.
    pub(crate) fn replay(&mut self, event: &Event, now: Now, fx: &mut Vec<MeetingEffect>) {
        self.apply_to(event, now, fx, false);
    }

    fn apply_to(&mut self, event: &Event, now: Now, fx: &mut Vec<MeetingEffect>, to_journal: bool) {
        let before = self.engine.current_index();
        if self.engine.tick(now) && self.engine.current_index() != before {
            // An automatic step change is journaled, so a replay reaches it too.
            fx.push(journal(Event::Alive, now));
            fx.push(MeetingEffect::StepChanged);
            fx.push(MeetingEffect::Notice(Notice::HandedOver));
            fx.push(MeetingEffect::Save);
        }
        let journaled = match event {
            Event::Engine { cmd } => self.command(*cmd, now, fx),
            Event::Note { text } => self.note(text, now, fx),
            Event::PrivateNote { text } => self.private_note(text, now, fx),
            Event::Mark { commitment, status } => self.mark(commitment, *status, now, fx),
            Event::Learned { commitment, text } => self.learned(commitment, text, fx),
            Event::Rate { member, value } => self.rate(member, *value, fx),
            Event::AcceptNorm { note } => self.accept_norm(*note, fx),
            Event::Resumed { away_s } => {
                if self.is_running() {
                    self.engine.apply(Command::TogglePause, now);
                }
                fx.push(MeetingEffect::Notice(Notice::Resumed { away_s: *away_s }));
                true
            }
            // Time passing is all an Alive says; Closed changes nothing in memory.
            Event::Alive | Event::Draft { .. } | Event::Closed { .. } => false,
        };
        if journaled && to_journal {
            fx.push(journal(event.clone(), now));
        }
        self.finish_if_done(now, fx);
    }

    fn command(&mut self, cmd: Command, now: Now, fx: &mut Vec<MeetingEffect>) -> bool {
        let before = self.engine.current_index();
        let outcome = self.engine.apply(cmd, now);
        let notice = match (outcome, cmd) {
            (Outcome::Ignored(why), _) => {
                fx.push(MeetingEffect::Notice(Notice::Refused(why)));
                return false;
            }
            (Outcome::Rebalanced(r), _) => Some(Notice::Rebalanced(r)),
            (Outcome::Adjusted { ms, floored }, _) => Some(Notice::Adjusted { ms, floored }),
            (Outcome::Done, Command::Restart) => Some(Notice::Restarted),
            (Outcome::Done, _) => None,
        };
        fx.extend(notice.map(MeetingEffect::Notice));
        if cmd == Command::Start {
            let plan = self.engine.plan();
            self.notes = Some(MeetingNotes::new(self.context.clone(), plan, now.wall));
        }
        if cmd == Command::Previous
            && let Some(n) = &mut self.notes
            && n.record.finished
        {
            // Back from the end: the meeting is open again.
            n.record.finished = false;
            n.record.ended = None;
        }
        if self.engine.current_index() != before {
            fx.push(MeetingEffect::StepChanged);
        }
        fx.push(MeetingEffect::Save);
        true
    }

    fn note(&mut self, text: &str, now: Now, fx: &mut Vec<MeetingEffect>) -> bool {
        let index = self.engine.current_index();
        let step = self.engine.current_step();
        let Some(notes) = &mut self.notes else { return false };
        let Some(added) = notes.add(index, step, text, now.wall) else {
            return false;
        };
        let commitment = (added.due.is_some())
            .then(|| notes.record.commitments.last().cloned())
            .flatten();
        fx.push(MeetingEffect::Notice(Notice::NoteAdded { added, commitment }));
        fx.push(MeetingEffect::Save);
        true
    }

    fn private_note(&mut self, text: &str, now: Now, fx: &mut Vec<MeetingEffect>) -> bool {
        let index = self.engine.current_index();
        let step = self.engine.current_step();
        let Some(notes) = &mut self.notes else { return false };
        if !notes.add_private(index, step, text, now.wall) {
            return false;
        }
        fx.push(MeetingEffect::Notice(Notice::PrivateNoteKept));
        fx.push(MeetingEffect::Save);
        true
    }

    fn mark(&mut self, commitment: &str, status: Status, now: Now, fx: &mut Vec<MeetingEffect>) -> bool {
        let Some(n) = &mut self.notes else { return false };
        let Some(open) = n.open.iter().find(|o| o.commitment.id == commitment).cloned() else {
            return false;
        };
        n.mark(&open, status, now.wall.fixed_offset());
        fx.push(MeetingEffect::Notice(Notice::Marked {
            text: open.commitment.text.clone(),
            status,
        }));
        fx.push(MeetingEffect::Save);
        true
    }

    fn learned(&mut self, commitment: &str, text: &str, fx: &mut Vec<MeetingEffect>) -> bool {
        if !self.notes.as_mut().is_some_and(|n| n.learned(commitment, text)) {
            return false;
        }
        fx.push(MeetingEffect::Notice(Notice::Learned));
        fx.push(MeetingEffect::Save);
        true
    }

    fn rate(&mut self, member: &str, value: u8, fx: &mut Vec<MeetingEffect>) -> bool {
        let Some(n) = &mut self.notes else { return false };
        n.rate(member, value);
        fx.push(MeetingEffect::Save);
        true
    }

    fn accept_norm(&mut self, note: usize, fx: &mut Vec<MeetingEffect>) -> bool {
        let Some(change) = self.notes.as_mut().and_then(|n| n.accept_norm(note)) else {
            return false;
        };
        fx.push(MeetingEffect::Notice(Notice::NormAdopted(change)));
        fx.push(MeetingEffect::Save);
        true
    }

    /// The proposed norm the accept key would adopt now: only in a norms step.
    pub fn pending_norm(&self) -> Option<usize> {
        if self.engine.current_step().kind.rules().list != StepList::Norms {
            return None;
        }
        self.notes.as_ref()?.pending_norm()
    }

    /// The group's norms as they stand: the meeting's, once it has begun.
    pub fn norms(&self) -> &[String] {
        match &self.notes {
            Some(n) => &n.record.norms,
            None => &self.context.norms,
        }
    }

    /// Which meeting of its programme this is.
    pub fn programme(&self) -> Option<Programme> {
        self.context.programme
    }

    /// The buddy `member` has at this meeting, or would get on committing now.
    pub fn buddy_for(&self, member: &str) -> Option<String> {
        self.notes.as_ref()?.buddy_for(member)
    }

    fn finish_if_done(&mut self, now: Now, fx: &mut Vec<MeetingEffect>) {
        if self.engine.is_finished()
            && let Some(n) = &mut self.notes
            && !n.record.finished
        {
            n.finish(now.wall);
            fx.push(MeetingEffect::Save);
        }
    }

    /// The open commitments listed at this step: the speaker's at a report-back.
    pub fn report_back_list(&self) -> Vec<&OpenCommitment> {
        let step = self.engine.current_step();
        match &self.notes {
            Some(n) if step.kind.rules().list == StepList::Commitments => n.report_back_for(step.speaker.as_deref()),
            _ => Vec::new(),
        }
    }

    /// The record as it stands at `now`, with the times brought up to date: what is
    /// written to disk on [`MeetingEffect::Save`] and on the way out.
    pub fn record_at(&self, now: Now) -> Option<Record> {
        let mut notes = self.notes.clone()?;
        let s = &self.engine;
        notes.times(s.plan(), &s.used_ms(now), &s.airtime_ms(now));
        Some(notes.record)
    }

    /// The journal's first line, once the meeting has begun.
    pub fn journal_header(&self) -> Option<Header> {
        let notes = self.notes.as_ref()?;
        let plan = self.engine.plan();
        Some(Header {
            journal: JOURNAL_VERSION,
            id: notes.record.id.clone(),
            protocol_id: plan.protocol.id.clone(),
            protocol_origin: plan.protocol.origin.clone(),
            protocol_source: plan.protocol.source.clone(),
            members: plan.members.clone(),
            presenters: plan.presenters.clone(),
            length: self.spec.length,
            context: self.context.clone(),
            started: notes.record.started,
            extras: self.spec.extras(),
        })
    }

    /// The id and start a replayed meeting keeps from its journal's header.
    pub(super) fn keep_identity(&mut self, header: &Header) {
        if let Some(n) = &mut self.notes {
            n.record.id = header.id.clone();
            n.record.started = header.started;
        }
    }
}

fn journal(event: Event, now: Now) -> MeetingEffect {
    MeetingEffect::Journal(Entry {
        t: now.mono,
        wall: now.wall.fixed_offset(),
        event,
    })
}
