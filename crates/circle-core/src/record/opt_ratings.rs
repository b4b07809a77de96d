//! A list of average ratings where a meeting nobody rated has none. TOML has no
//! null, so a missing rating is written as `nan` (a float TOML does have) and read
//! back as `None`; records written before this (every entry a number) read as they
//! are. Without it, a programme whose earlier meeting went unrated could not save
//! its celebration at all.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(list: &[Option<f64>], s: S) -> Result<S::Ok, S::Error> {
    let floats: Vec<f64> = list.iter().map(|r| r.unwrap_or(f64::NAN)).collect();
    floats.serialize(s)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Option<f64>>, D::Error> {
    // JSON journals written before this carry `null`; TOML carries `nan`.
    let raw: Vec<Option<f64>> = Vec::deserialize(d)?;
    Ok(raw.into_iter().map(|r| r.filter(|x| x.is_finite())).collect())
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Holder {
        #[serde(with = "super")]
        ratings: Vec<Option<f64>>,
    }

    #[test]
    fn an_unrated_meeting_survives_toml_and_json() {
        let h = Holder {
            ratings: vec![None, Some(3.4), None],
        };
        let toml_text = toml::to_string(&h).expect("serialises");
        assert_eq!(toml::from_str::<Holder>(&toml_text).unwrap(), h);
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(serde_json::from_str::<Holder>(&json).unwrap(), h);
        // A record from before: plain numbers.
        let old: Holder = toml::from_str("ratings = [2.5, 4.0]").unwrap();
        assert_eq!(old.ratings, vec![Some(2.5), Some(4.0)]);
    }
}
