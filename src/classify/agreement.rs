//! Agreement between two codings of the same items, as content analysts judge coders: Cohen's
//! kappa, precision / recall / F1 per label, and the confusion matrix.

/// Counts of (expected, got) label pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// Every label seen on either side, sorted.
    pub labels: Vec<String>,
    /// `matrix[e][g]`: items expected `labels[e]` that got `labels[g]`.
    pub matrix: Vec<Vec<u64>>,
    pub n: u64,
}

/// Scores of one label, treating it as the positive class.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelScore {
    pub label: String,
    /// `None` when nothing got this label.
    pub precision: Option<f64>,
    /// `None` when nothing was expected to have it.
    pub recall: Option<f64>,
    pub f1: Option<f64>,
    /// How many items were expected to have it.
    pub support: u64,
}

impl Agreement {
    /// Tallies (expected, got) pairs.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone) -> Agreement {
        let mut labels: Vec<String> = pairs
            .clone()
            .into_iter()
            .flat_map(|(e, g)| [e.to_string(), g.to_string()])
            .collect();
        labels.sort();
        labels.dedup();
        let k = labels.len();
        let mut matrix = vec![vec![0u64; k]; k];
        let mut n = 0;
        for (e, g) in pairs {
            let ei = labels.iter().position(|l| l == e).unwrap_or(0);
            let gi = labels.iter().position(|l| l == g).unwrap_or(0);
            matrix[ei][gi] += 1;
            n += 1;
        }
        Agreement { labels, matrix, n }
    }

    /// Share of items where both agree.
    pub fn accuracy(&self) -> Option<f64> {
        (self.n > 0).then(|| self.diagonal() as f64 / self.n as f64)
    }

    fn diagonal(&self) -> u64 {
        (0..self.labels.len()).map(|k| self.matrix[k][k]).sum()
    }

    fn row(&self, k: usize) -> u64 {
        self.matrix[k].iter().sum()
    }

    fn column(&self, k: usize) -> u64 {
        self.matrix.iter().map(|r| r[k]).sum()
    }

    /// Cohen's kappa: (p_o - p_e) / (1 - p_e), where p_o is the observed agreement and p_e the
    /// agreement expected by chance from each side's label shares. `None` when undefined (no
    /// items, or both sides always give one and the same label).
    pub fn kappa(&self) -> Option<f64> {
        if self.n == 0 {
            return None;
        }
        let n = self.n as f64;
        let po = self.diagonal() as f64 / n;
        let pe: f64 = (0..self.labels.len())
            .map(|k| (self.row(k) as f64 / n) * (self.column(k) as f64 / n))
            .sum();
        (pe < 1.0).then(|| (po - pe) / (1.0 - pe))
    }

    /// Precision, recall and F1 of each label.
    pub fn scores(&self) -> Vec<LabelScore> {
        (0..self.labels.len())
            .map(|k| {
                let tp = self.matrix[k][k] as f64;
                let (got, expected) = (self.column(k), self.row(k));
                let precision = (got > 0).then(|| tp / got as f64);
                let recall = (expected > 0).then(|| tp / expected as f64);
                let f1 = match (precision, recall) {
                    (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
                    (Some(_), Some(_)) => Some(0.0),
                    _ => None,
                };
                LabelScore {
                    label: self.labels[k].clone(),
                    precision,
                    recall,
                    f1,
                    support: expected,
                }
            })
            .collect()
    }

    /// The scores of one label, if it was seen.
    pub fn score(&self, label: &str) -> Option<LabelScore> {
        self.scores().into_iter().find(|s| s.label == label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kappa_matches_a_textbook_example() {
        // 50 items: both "yes" 20, both "no" 15, expected yes / got no 5, expected no / got yes 10.
        // p_o = 35/50 = 0.7; p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5;
        // kappa = (0.7 - 0.5) / 0.5 = 0.4.
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n(("yes", "yes"), 20));
        pairs.extend(std::iter::repeat_n(("no", "no"), 15));
        pairs.extend(std::iter::repeat_n(("yes", "no"), 5));
        pairs.extend(std::iter::repeat_n(("no", "yes"), 10));
        let a = Agreement::new(pairs.iter().copied());
        assert!((a.kappa().unwrap() - 0.4).abs() < 1e-12);
        let yes = a.score("yes").unwrap();
        assert!((yes.precision.unwrap() - 20.0 / 30.0).abs() < 1e-12);
        assert!((yes.recall.unwrap() - 0.8).abs() < 1e-12);
        assert_eq!(yes.support, 25);
    }

    #[test]
    fn kappa_is_undefined_when_everyone_says_the_same() {
        let a = Agreement::new([("push", "push"), ("push", "push")]);
        assert_eq!(a.kappa(), None);
        assert_eq!(a.accuracy(), Some(1.0));
        assert_eq!(Agreement::new(std::iter::empty()).kappa(), None);
    }
}
