//! Question grading. Pure functions over the pack model: no storage, no text.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

use crate::content::{QuestionDef, QuestionKind, QuizPolicy};
use crate::error::{Error, Result, excerpt};

/// The outcome of grading one answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grade {
    /// From 0 to 1; partial credit where the question type allows it.
    pub score: f64,
    /// Fully right.
    pub correct: bool,
}

/// An id shown in a message as [`excerpt`] shows it, escaped when it is formatted.
struct Excerpt<'a>(&'a str);

impl std::fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&excerpt(self.0))
    }
}

/// Grade `selected` option ids against `question` (whose id is `question_id`, for messages).
///
/// Invalid answers (empty, unknown or repeated option ids, several choices where
/// one is asked, an incomplete ordering) are errors and are never stored.
pub fn grade(question_id: &str, question: &QuestionDef, selected: &[String]) -> Result<Grade> {
    // Escaped only if a message needs it (most answers are valid).
    let question_id = &Excerpt(question_id);
    if selected.is_empty() {
        return Err(Error::answer_shape(format!(
            "no option was chosen for question '{question_id}'"
        )));
    }
    let mut unique = HashSet::new();
    for id in selected {
        if !question.options.iter().any(|o| &o.id == id) {
            return Err(Error::answer_shape(format!(
                "'{}' is not an option of question '{question_id}'",
                excerpt(id)
            )));
        }
        if !unique.insert(id.as_str()) {
            return Err(Error::answer_shape(format!(
                "option '{}' was chosen twice for question '{question_id}'",
                excerpt(id)
            )));
        }
    }
    let is_correct = |id: &str| question.options.iter().any(|o| o.id == id && o.correct);
    let grade = match question.kind {
        QuestionKind::SingleChoice
        | QuestionKind::TrueFalse
        | QuestionKind::PictureChoice
        | QuestionKind::Scenario => {
            if selected.len() != 1 {
                return Err(Error::answer_shape(format!(
                    "question '{question_id}' takes exactly one option, {} were given",
                    selected.len()
                )));
            }
            let ok = is_correct(&selected[0]);
            Grade {
                score: if ok { 1.0 } else { 0.0 },
                correct: ok,
            }
        }
        QuestionKind::MultipleChoice => {
            // Each right choice earns a share; each wrong choice takes one away (never below 0).
            let total = question.options.iter().filter(|o| o.correct).count().max(1) as f64;
            let right = selected.iter().filter(|s| is_correct(s)).count() as f64;
            let wrong = selected.len() as f64 - right;
            let score = ((right - wrong) / total).clamp(0.0, 1.0);
            Grade {
                score,
                correct: right == total && wrong == 0.0,
            }
        }
        QuestionKind::Ordering => {
            if selected.len() != question.options.len() {
                return Err(Error::answer_shape(format!(
                    "question '{question_id}' needs all {} options in order, {} were given",
                    question.options.len(),
                    selected.len()
                )));
            }
            let in_place = question
                .options
                .iter()
                .zip(selected)
                .filter(|(o, s)| &o.id == *s)
                .count();
            Grade {
                score: in_place as f64 / question.options.len() as f64,
                correct: in_place == question.options.len(),
            }
        }
    };
    Ok(grade)
}

/// The order to show a question's options in, as indexes into `question.options`.
///
/// Shuffled reproducibly from `seed` (learner, question, run and attempt), so a child sees
/// the same order when coming back to the same attempt, and a new order on a new attempt.
/// Ordering questions are always shuffled and never shown already in order; true/false
/// questions keep their order.
pub fn option_order(question: &QuestionDef, policy: &QuizPolicy, seed: &[&str]) -> Vec<usize> {
    let n = question.options.len();
    let mut order: Vec<usize> = (0..n).collect();
    let shuffle = match question.kind {
        QuestionKind::Ordering => true,
        QuestionKind::TrueFalse => false,
        _ => question.shuffle.unwrap_or(policy.shuffle),
    };
    if !shuffle || n < 2 {
        return order;
    }
    let mut hasher = Sha256::new();
    for part in seed {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    let mut state = u64::from_le_bytes(digest[..8].try_into().expect("8 bytes"));
    // splitmix64: small, fast, and good enough to shuffle a handful of options.
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if question.kind == QuestionKind::Ordering && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::OptionDef;

    fn q(kind: QuestionKind, correct: &[bool]) -> QuestionDef {
        QuestionDef {
            kind,
            options: correct
                .iter()
                .enumerate()
                .map(|(i, &c)| OptionDef {
                    id: format!("o{i}"),
                    correct: c,
                    text: None,
                    picture: None,
                })
                .collect(),
            shuffle: None,
        }
    }
    fn sel(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn single_choice_right_and_wrong() {
        let question = q(QuestionKind::SingleChoice, &[false, true, false]);
        assert_eq!(grade("q", &question, &sel(&["o1"])).unwrap().score, 1.0);
        let g = grade("q", &question, &sel(&["o2"])).unwrap();
        assert!(!g.correct);
        assert_eq!(g.score, 0.0);
    }

    #[test]
    fn single_choice_rejects_two_options() {
        let question = q(QuestionKind::Scenario, &[false, true]);
        let err = grade("q", &question, &sel(&["o0", "o1"])).unwrap_err();
        assert!(err.to_string().contains("exactly one"), "{err}");
    }

    #[test]
    fn unknown_and_repeated_options_are_invalid_input() {
        let question = q(QuestionKind::MultipleChoice, &[true, true, false]);
        let e = grade("q", &question, &sel(&["nope"])).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::AnswerShape);
        assert!(e.to_string().contains("'nope' is not an option"));
        let e = grade("q", &question, &sel(&["o0", "o0"])).unwrap_err();
        assert!(e.to_string().contains("twice"));
        assert!(grade("q", &question, &[]).is_err());
    }

    #[test]
    fn multiple_choice_partial_credit() {
        let question = q(QuestionKind::MultipleChoice, &[true, true, false, false]);
        let full = grade("q", &question, &sel(&["o0", "o1"])).unwrap();
        assert!(full.correct);
        assert_eq!(full.score, 1.0);
        let half = grade("q", &question, &sel(&["o0"])).unwrap();
        assert!(!half.correct);
        assert_eq!(half.score, 0.5);
        let cancelled = grade("q", &question, &sel(&["o0", "o2"])).unwrap();
        assert_eq!(cancelled.score, 0.0);
        let floor = grade("q", &question, &sel(&["o2", "o3"])).unwrap();
        assert_eq!(floor.score, 0.0);
    }

    #[test]
    fn shuffling_is_reproducible_and_varies_by_attempt() {
        let policy = QuizPolicy::default();
        let question = q(
            QuestionKind::SingleChoice,
            &[true, false, false, false, false],
        );
        let a = option_order(&question, &policy, &["kid", "q", "1", "1"]);
        assert_eq!(a, option_order(&question, &policy, &["kid", "q", "1", "1"]));
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 1, 2, 3, 4], "a permutation");
        let orders: std::collections::HashSet<Vec<usize>> = (0..20)
            .map(|i| option_order(&question, &policy, &["kid", "q", "1", &i.to_string()]))
            .collect();
        assert!(
            orders.len() > 5,
            "attempts see different orders: {orders:?}"
        );
        let other_kid = (0..20)
            .filter(|i| {
                option_order(&question, &policy, &["kid", "q", "1", &i.to_string()])
                    != option_order(&question, &policy, &["other", "q", "1", &i.to_string()])
            })
            .count();
        assert!(other_kid > 10, "learners see different orders");

        let tf = q(QuestionKind::TrueFalse, &[true, false]);
        assert_eq!(option_order(&tf, &policy, &["kid", "q"]), vec![0, 1]);
        let mut fixed = question.clone();
        fixed.shuffle = Some(false);
        assert_eq!(
            option_order(&fixed, &policy, &["kid", "q"]),
            vec![0, 1, 2, 3, 4]
        );
        let no_shuffle = QuizPolicy {
            shuffle: false,
            ..QuizPolicy::default()
        };
        assert_eq!(
            option_order(&question, &no_shuffle, &["kid"]),
            vec![0, 1, 2, 3, 4]
        );
    }

    #[test]
    fn ordering_questions_are_never_shown_in_order() {
        let policy = QuizPolicy {
            shuffle: false,
            ..QuizPolicy::default()
        };
        let question = q(QuestionKind::Ordering, &[false, false]);
        for i in 0..50 {
            let order = option_order(&question, &policy, &["kid", &i.to_string()]);
            assert_eq!(order, vec![1, 0]);
        }
    }

    #[test]
    fn ordering_counts_items_in_place() {
        let question = q(QuestionKind::Ordering, &[false, false, false, false]);
        let right = grade("q", &question, &sel(&["o0", "o1", "o2", "o3"])).unwrap();
        assert!(right.correct);
        let swapped = grade("q", &question, &sel(&["o1", "o0", "o2", "o3"])).unwrap();
        assert!(!swapped.correct);
        assert_eq!(swapped.score, 0.5);
        assert!(grade("q", &question, &sel(&["o0", "o1"])).is_err());
    }
}
