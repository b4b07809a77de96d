//! The notes of the meeting in progress: what a typed note becomes in each phase,
//! report-back marks, check-out ratings, and the times at the end. Pure: the caller
//! saves the record when [`MeetingNotes::add`] and friends say something changed.

use std::collections::BTreeMap;

use chrono::{DateTime, Local, NaiveDate};

use crate::coach::{self, Verdict};
use crate::dates::due::{self, DuePhrase};
use crate::dates::every::Every;
use crate::memory::OpenCommitment;
use crate::plan::{Plan, Step, same_name};
use crate::protocol::{Category, Kind};
use crate::record::programme::{SoFar, celebrate};
use crate::record::{
    Airtime, Awaiting, Buddy, Commitment, NormChange, Note, PhaseTime, Programme, RECORD_VERSION, Record,
};
use crate::record::{buddies, norms};

/// The group around a meeting: who it is and what it remembers.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupContext {
    pub group: Option<String>,
    pub absent: Vec<String>,
    pub roles: BTreeMap<String, String>,
    pub buddies: Vec<Buddy>,
    /// Commitments from earlier meetings, for report-back.
    pub open: Vec<OpenCommitment>,
    /// Days until the next meeting: the default due date of a commitment (when
    /// `every` is not set, as in journals from before it).
    pub cadence_days: i64,
    /// How often the group meets, in days or calendar months.
    #[serde(default)]
    pub every: Option<Every>,
    /// Name → member id in the group, kept in the record.
    #[serde(default)]
    pub ids: BTreeMap<String, String>,
    /// The group's norms (or the protocol's, for a meeting without a group).
    #[serde(default)]
    pub norms: Vec<String>,
    #[serde(default)]
    pub programme: Option<Programme>,
    /// Who buddied whom at each earlier meeting, to spread the duty.
    #[serde(default)]
    pub past_buddies: Vec<Vec<Buddy>>,
    /// Open commitments of members who are away today: carried, not skipped.
    #[serde(default)]
    pub carried: Vec<OpenCommitment>,
    /// The programme so far, at its last meeting.
    #[serde(default)]
    pub so_far: Option<SoFar>,
}

/// What became of a typed note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub category: Category,
    pub verdict: Option<Verdict>,
    pub hint: Option<String>,
    /// For a commitment: its due date, and the words it was read from.
    pub due: Option<NaiveDate>,
    pub due_said: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MeetingNotes {
    pub record: Record,
    pub open: Vec<OpenCommitment>,
    pub cadence_days: i64,
    pub every: Option<Every>,
    /// The question coach for the protocol's language; `None` when circle knows no
    /// coach for it (a wrong hint is worse than none).
    coach: Option<coach::CoachLanguage>,
    /// Per step: the later phase of its round where advice is welcome.
    welcome: Vec<Option<String>>,
    past_buddies: Vec<Vec<Buddy>>,
    so_far: Option<SoFar>,
}

impl MeetingNotes {
    /// At a programme's last meeting: what this member committed to across the
    /// programme, oldest first, each with its state now (this meeting's mark first).
    pub fn programme_of(&self, owner: &str) -> Vec<crate::record::programme::Journey> {
        self.so_far
            .as_ref()
            .map(|s| crate::record::programme::journey_of(s, &self.record, owner))
            .unwrap_or_default()
    }
}

/// The category a note takes in a phase of this kind.
pub fn category_for(kind: Kind) -> Category {
    kind.rules().note
}

impl MeetingNotes {
    pub fn new(context: GroupContext, plan: &Plan, started: DateTime<Local>) -> MeetingNotes {
        let id = format!(
            "{}-{}",
            started.format("%Y-%m-%d-%H%M%S"),
            crate::store::slug(&plan.protocol.id)
        );
        MeetingNotes {
            record: Record {
                version: RECORD_VERSION,
                id,
                group: context.group,
                protocol: plan.protocol.id.clone(),
                protocol_name: plan.protocol.name.clone(),
                started: started.fixed_offset(),
                ended: None,
                finished: false,
                members: plan.members.clone(),
                absent: context.absent,
                presenters: plan.presenters.clone(),
                roles: context.roles,
                buddies: context.buddies,
                ids: context.ids,
                ran: Some(Vec::new()),
                programme: context.programme,
                norms: context.norms,
                norm_changes: Vec::new(),
                awaiting: awaiting(&context.open, &context.carried),
                celebration: None,
                notes: Vec::new(),
                commitments: Vec::new(),
                marks: Vec::new(),
                ratings: Vec::new(),
                airtime: Vec::new(),
                phases: Vec::new(),
            },
            open: context.open,
            cadence_days: context.cadence_days.clamp(1, 366),
            every: context.every,
            coach: coach::CoachLanguage::for_tag(plan.protocol.language.as_deref()),
            welcome: crate::notes::welcome::later_in_round(plan),
            past_buddies: context.past_buddies,
            so_far: context.so_far,
        }
    }

    /// The default due date of a commitment made today: the next meeting.
    pub fn default_due(&self) -> NaiveDate {
        let every = self
            .every
            .unwrap_or(Every::Days(self.cadence_days.clamp(1, 366) as u32));
        every.after(self.record.started.date_naive())
    }

    /// The buddy `member` has, or would get on committing now.
    pub fn buddy_for(&self, member: &str) -> Option<String> {
        if !self.record.members.iter().any(|m| same_name(m, member)) {
            return None;
        }
        buddies::choose(member, &self.record.members, &self.past_buddies, &self.record.buddies)
    }

    /// Record a note taken during `step` (0-based index `index`).
    pub fn add(&mut self, index: usize, step: &Step, text: &str, at: DateTime<Local>) -> Option<Added> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let category = category_for(step.kind);
        let mut added = Added {
            category,
            verdict: None,
            hint: None,
            due: None,
            due_said: None,
        };
        let mut body = text.to_string();
        if let Some(lang) = self.coach
            && let Some(purpose) = step.kind.rules().questions
        {
            let check = coach::check_in(text, purpose, lang);
            added.verdict = Some(check.verdict);
            added.hint = check.correction().map(str::to_string);
            if let (Verdict::Advice, Some(Some(phase))) = (check.verdict, self.welcome.get(index)) {
                let later = crate::t!("coach-advice-later", phase = phase.as_str());
                added.hint = added.hint.map(|h| format!("{h} {later}"));
            }
        }
        if category == Category::Commitment {
            let mut due = self.default_due();
            match due::read(text, self.record.started.date_naive()) {
                DuePhrase::Understood { what, phrase, date } => {
                    body = what;
                    due = date;
                    added.due_said = Some(phrase);
                }
                DuePhrase::Past { phrase, date } => {
                    let (said, date, due) = (
                        crate::safe_text::clipped(&phrase, 40),
                        crate::i18n::dates::day(date),
                        crate::i18n::dates::day(due),
                    );
                    added.hint = Some(crate::t!("due-past", said = said, date = date, due = due));
                }
                DuePhrase::Impossible { phrase } => {
                    let (said, due) = (crate::safe_text::clipped(&phrase, 40), crate::i18n::dates::day(due));
                    added.hint = Some(crate::t!("due-impossible", said = said, due = due));
                }
                DuePhrase::None => body = due::without_trailing_marks(&body),
            }
            let owner = step
                .presenter
                .clone()
                .or_else(|| step.speaker.clone())
                .unwrap_or_else(|| GROUP_OWNER.to_string());
            let buddy = self.buddy_for(&owner);
            if let Some(b) = &buddy
                && !self.record.buddies.iter().any(|x| same_name(&x.member, &owner))
            {
                self.record.buddies.push(Buddy {
                    member: owner.clone(),
                    buddy: b.clone(),
                });
            }
            let n = self.record.commitments.len() + 1;
            self.record.commitments.push(Commitment {
                id: format!("{}#{n}", self.record.id),
                owner,
                text: body.clone(),
                due,
                buddy,
            });
            added.due = Some(due);
        }
        self.record.notes.push(Note {
            at: at.fixed_offset(),
            step: index + 1,
            phase: step.kind.key().to_string(),
            title: step.title.clone(),
            category,
            speaker: step.speaker.clone(),
            presenter: step.presenter.clone(),
            text: body,
            verdict: added.verdict,
            private: false,
        });
        Some(added)
    }

    /// Record the facilitator's private note taken during `step`: as it is typed,
    /// with no category of the phase's (it proposes no norm, makes no commitment)
    /// and no coaching. False when there is nothing to keep.
    pub fn add_private(&mut self, index: usize, step: &Step, text: &str, at: DateTime<Local>) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.record.notes.push(Note {
            at: at.fixed_offset(),
            step: index + 1,
            phase: step.kind.key().to_string(),
            title: step.title.clone(),
            category: Category::Insight,
            speaker: step.speaker.clone(),
            presenter: step.presenter.clone(),
            text: text.to_string(),
            verdict: None,
            private: true,
        });
        true
    }

    /// Open commitments to report back on in this step: the speaker's, or everyone's.
    pub fn report_back_for(&self, speaker: Option<&str>) -> Vec<&OpenCommitment> {
        self.open
            .iter()
            .filter(|c| speaker.is_none_or(|s| same_name(&c.commitment.owner, s)))
            .collect()
    }

    /// The note text the meeting holds so far, in bytes: notes and what was learned.
    pub fn text_bytes(&self) -> usize {
        let notes: usize = self.record.notes.iter().map(|n| n.text.len()).sum();
        let learned: usize = self
            .record
            .marks
            .iter()
            .filter_map(|m| m.learned.as_ref())
            .map(String::len)
            .sum();
        notes + learned
    }

    /// Bring the times up to date: airtime per member, time per phase against the plan.
    pub fn times(&mut self, plan: &Plan, used_ms: &[u64], airtime_ms: &[(String, u64)]) {
        self.record.airtime = airtime_ms
            .iter()
            .map(|(m, ms)| Airtime {
                member: m.clone(),
                secs: ms / 1000,
            })
            .collect();
        let mut phases: Vec<PhaseTime> = Vec::new();
        for (step, used) in plan.steps.iter().zip(used_ms) {
            match phases.last_mut() {
                Some(p)
                    if p.title == step.title
                        && p.presenter == step.presenter
                        && step.turn.is_some_and(|t| t.index > 1) =>
                {
                    p.planned_s += step.length;
                    p.used_s += used / 1000;
                }
                _ => phases.push(PhaseTime {
                    title: step.title.clone(),
                    presenter: step.presenter.clone(),
                    planned_s: step.length,
                    used_s: used / 1000,
                }),
            }
        }
        self.record.phases = phases;
        self.record.ran = Some(ran(plan, used_ms, self.record.finished));
        if self.record.programme.is_some_and(Programme::is_last)
            && let Some(so_far) = &self.so_far
        {
            self.record.celebration = Some(celebrate(so_far, &self.record));
        }
    }

    /// The proposed norm in note `note` (its index in the record), adopted: added,
    /// or in place of the norm it names. `None` if that note is not a proposal.
    pub fn accept_norm(&mut self, note: usize) -> Option<NormChange> {
        let n = self.record.notes.get(note).filter(|n| n.category == Category::Norm)?;
        let change = norms::proposal(&n.text, &self.record.norms);
        if self.record.norm_changes.contains(&change) {
            return None;
        }
        norms::apply(&mut self.record.norms, &change);
        self.record.norm_changes.push(change.clone());
        Some(change)
    }

    /// The latest proposed norm not yet adopted: what the accept key adopts.
    pub fn pending_norm(&self) -> Option<usize> {
        let i = self.record.notes.iter().rposition(|n| n.category == Category::Norm)?;
        let change = norms::proposal(&self.record.notes[i].text, &self.record.norms);
        (!self.record.norm_changes.contains(&change) && !self.record.norms.contains(&change.norm)).then_some(i)
    }

    pub fn finish(&mut self, at: DateTime<Local>) {
        self.record.ended = Some(at.fixed_offset());
        self.record.finished = true;
    }
}

/// Earlier commitments due back at this meeting; those of members away are carried.
/// Who owns a commitment made in a step without a presenter or speaker. It is
/// data (records and journals keep it), so it stays English; screens say it in
/// the person's language.
pub const GROUP_OWNER: &str = "the group";

fn awaiting(open: &[OpenCommitment], carried: &[OpenCommitment]) -> Vec<Awaiting> {
    let one = |c: &OpenCommitment, carried: bool| Awaiting {
        commitment: c.commitment.id.clone(),
        owner: c.commitment.owner.clone(),
        text: c.commitment.text.clone(),
        due: c.commitment.due,
        carried,
    };
    open.iter()
        .map(|c| one(c, false))
        .chain(carried.iter().map(|c| one(c, true)))
        .collect()
}

/// The presenters whose round got past its challenge step (or past its first step,
/// in a protocol without one). At the end of a meeting, every round ran.
fn ran(plan: &Plan, used_ms: &[u64], finished: bool) -> Vec<String> {
    let reached = used_ms.iter().rposition(|&u| u > 0);
    plan.presenters
        .iter()
        .filter(|p| {
            let mine = |s: &&Step| s.presenter.as_deref() == Some(p.as_str());
            let gate = plan
                .steps
                .iter()
                .position(|s| mine(&s) && s.kind.rules().opens_hot_seat)
                .or_else(|| plan.steps.iter().position(|s| mine(&s)));
            finished || gate.is_some_and(|g| reached.is_some_and(|r| r > g))
        })
        .cloned()
        .collect()
}
