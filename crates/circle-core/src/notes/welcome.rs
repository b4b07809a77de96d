//! Where experience and ideas are welcome later in the round: advice typed while
//! questioning is not wrong in itself, only early, so the coach's hint can say
//! which phase to keep it for ("Keep it for “Perspectives and resources”").

use crate::plan::Plan;

/// For each step of the plan, the title of the first later step of the same round
/// where ideas or experience are offered (an `options` or `feedback` phase).
pub fn later_in_round(plan: &Plan) -> Vec<Option<String>> {
    let steps = &plan.steps;
    (0..steps.len())
        .map(|i| {
            steps[i + 1..]
                .iter()
                .take_while(|s| s.round == steps[i].round && s.round.is_some())
                .find(|s| s.kind.rules().welcomes_advice)
                .map(|s| s.title.clone())
        })
        .collect()
}
