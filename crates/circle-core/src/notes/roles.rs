//! Handing a rotating role on before the meeting begins: the group at the laptop
//! can change who facilitates from what circle proposed.

use crate::notes::taking::GroupContext;
use crate::plan::same_name;
use crate::protocol::Protocol;

impl GroupContext {
    /// Give the facilitator's role (or, without one, the first rotating role) to the
    /// next member in the seating order after whoever holds it. Nobody holds two
    /// roles: a member who held another role hands it to the previous holder.
    /// Returns the role id and its new holder; `None` when nothing rotates.
    pub fn hand_on_role(&mut self, protocol: &Protocol, members: &[String]) -> Option<(String, String)> {
        let rotating = || protocol.roles.iter().filter(|r| r.rotates);
        let role = rotating()
            .find(|r| r.id == "facilitator")
            .or_else(|| rotating().next())?
            .id
            .clone();
        if members.is_empty() {
            return None;
        }
        let at = self
            .roles
            .get(&role)
            .and_then(|h| members.iter().position(|m| same_name(m, h)));
        let next = members[at.map_or(0, |i| (i + 1) % members.len())].clone();
        let previous = self.roles.insert(role.clone(), next.clone());
        for (r, holder) in self.roles.iter_mut() {
            if *r != role
                && same_name(holder, &next)
                && let Some(p) = &previous
            {
                *holder = p.clone();
            }
        }
        Some((role, next))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Library;

    #[test]
    fn the_role_moves_round_the_table_and_nobody_holds_two() {
        let lib = Library::load(None);
        let protocol = lib.get("peer-circle").unwrap();
        let members: Vec<String> = ["Ana", "Ben", "Chen"].map(String::from).to_vec();
        let mut ctx = GroupContext::default();
        ctx.roles.insert("facilitator".into(), "Ben".into());
        ctx.roles.insert("timekeeper".into(), "Chen".into());
        assert_eq!(
            ctx.hand_on_role(protocol, &members),
            Some(("facilitator".into(), "Chen".into()))
        );
        assert_eq!(ctx.roles["timekeeper"], "Ben", "Chen's other role went to Ben");
        assert_eq!(
            ctx.hand_on_role(protocol, &members).unwrap().1,
            "Ana",
            "round the table"
        );
    }
}
