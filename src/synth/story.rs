//! The organization's life on a microblog (X, Mastodon), told one episode at a time.
//!
//! An episode is one conversation: a post and the comments it draws, a mention and its answer, a
//! thread, a retweet, a reply to a partner. Episodes are drawn going back in time from the end of
//! the period (X archives list the newest tweets first), so a writer can stream them and hold one
//! episode in memory at a time. Inside an episode the posts are in time order.

use jiff::Timestamp;

use super::rng::Rng;
use super::text::{self, Ctx, Filled, bank, fill, personal};
use super::{Org, Period, Who};

/// The app a tweet was posted from (X `source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Client {
    WebApp,
    IPhone,
    Android,
    TweetDeck,
    Hootsuite,
    Buffer,
    Sprout,
}

impl Client {
    pub fn name(self) -> &'static str {
        match self {
            Client::WebApp => "Twitter Web App",
            Client::IPhone => "Twitter for iPhone",
            Client::Android => "Twitter for Android",
            Client::TweetDeck => "TweetDeck Web App",
            Client::Hootsuite => "Hootsuite Inc.",
            Client::Buffer => "Buffer",
            Client::Sprout => "Sprout Social",
        }
    }

    /// The HTML anchor X writes in `source`.
    pub fn anchor(self) -> &'static str {
        match self {
            Client::WebApp => {
                r#"<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>"#
            }
            Client::IPhone => {
                r#"<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>"#
            }
            Client::Android => {
                r#"<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>"#
            }
            Client::TweetDeck => {
                r#"<a href="https://tweetdeck.twitter.com" rel="nofollow">TweetDeck Web App</a>"#
            }
            Client::Hootsuite => {
                r#"<a href="https://www.hootsuite.com" rel="nofollow">Hootsuite Inc.</a>"#
            }
            Client::Buffer => r#"<a href="https://buffer.com" rel="nofollow">Buffer</a>"#,
            Client::Sprout => {
                r#"<a href="https://sproutsocial.com" rel="nofollow">Sprout Social</a>"#
            }
        }
    }
}

/// What a post replies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parent {
    pub id: u64,
    pub author: Who,
}

/// One post on the platform, by the organization or by someone else.
#[derive(Debug, Clone)]
pub struct Post {
    pub id: u64,
    pub at: Timestamp,
    pub author: Who,
    pub outbound: bool,
    /// Plain text, links written out in full.
    pub text: String,
    pub mentions: Vec<Who>,
    pub reply_to: Option<Parent>,
    /// The parent was deleted: X archives then keep the user it replied to but not the status id.
    pub parent_deleted: bool,
    /// The id of the conversation's first post (which may be someone else's, outside the archive).
    pub conversation: u64,
    /// A plain retweet / boost of this account's post.
    pub retweet_of: Option<Who>,
    pub client: Client,
    pub likes: u32,
    pub retweets: u32,
}

/// What an inbound message asks for, which decides how likely and how it is answered.
#[derive(Debug, Clone, Copy)]
enum Need {
    Question(usize),
    Complaint,
    Praise,
    Suggestion,
    Comment { asks: bool },
}

/// The activity level by local hour: quiet nights, busy office hours, a lively evening.
const HOURLY: [f64; 24] = [
    0.15, 0.1, 0.08, 0.08, 0.1, 0.15, 0.3, 0.55, 0.9, 1.0, 1.0, 1.0, 0.95, 1.0, 1.0, 1.0, 0.95,
    0.85, 0.8, 0.8, 0.75, 0.6, 0.4, 0.25,
];

/// Episodes going back in time.
pub struct Story<'a> {
    org: &'a Org,
    me: Who,
    rng: Rng,
    period: Period,
    /// Seconds, counting down from the end of the period.
    cursor: i64,
    /// Mean step of the cursor before thinning by [`HOURLY`].
    step: f64,
    /// Stop at the start of the period (`false` when a count decides the end).
    bounded: bool,
    /// Go forward in time from the start instead (for exports listed oldest first).
    forward: bool,
    seq: u64,
    people: u64,
    people_salt: u64,
}

impl<'a> Story<'a> {
    /// A story with a mean of `gap` seconds between episodes.
    pub fn new(org: &'a Org, rng: Rng, period: Period, gap: f64, bounded: bool) -> Story<'a> {
        Story::with_direction(org, rng, period, gap, bounded, false)
    }

    /// A story told from the start of the period forward.
    pub fn forward(org: &'a Org, rng: Rng, period: Period, gap: f64, bounded: bool) -> Story<'a> {
        Story::with_direction(org, rng, period, gap, bounded, true)
    }

    fn with_direction(
        org: &'a Org,
        rng: Rng,
        period: Period,
        gap: f64,
        bounded: bool,
        forward: bool,
    ) -> Story<'a> {
        let mean_weight = HOURLY.iter().sum::<f64>() / 24.0;
        let episodes = (period.seconds() as f64 / gap).max(1.0);
        let mut rng = rng;
        let people_salt = rng.next_u64();
        Story {
            org,
            me: org.who(),
            rng,
            period,
            cursor: if forward {
                period.start.as_second()
            } else {
                period.end.as_second()
            },
            step: gap * mean_weight,
            bounded,
            forward,
            seq: 0,
            people: (episodes / 3.0).max(1500.0) as u64,
            people_salt,
        }
    }

    /// The mean gap between episodes that yields `items` units over the period, where
    /// `units` counts what one post adds (measured on a trial run of the same story).
    pub fn gap_for(
        org: &Org,
        rng: &Rng,
        period: Period,
        items: u64,
        units: impl Fn(&Post) -> u64,
    ) -> f64 {
        let trial_gap = period.seconds() as f64 / 4000.0;
        let mut trial = Story::new(org, rng.fork(0x7e57), period, trial_gap, true);
        let (mut episodes, mut total) = (0u64, 0u64);
        while let Some(ep) = trial.next_episode() {
            episodes += 1;
            total += ep.iter().map(&units).sum::<u64>();
        }
        let per_episode = (total as f64 / episodes.max(1) as f64).max(0.01);
        // A little denser than the estimate, so the count is reached inside the period rather
        // than a few days before its start.
        0.97 * period.seconds() as f64 / (items as f64 / per_episode).max(1.0)
    }

    /// The next episode back in time, or `None` before the start of a bounded period.
    pub fn next_episode(&mut self) -> Option<Vec<Post>> {
        let t = loop {
            let step = (self.rng.exponential(self.step) as i64).max(1);
            if self.forward {
                self.cursor += step;
                if self.bounded && self.cursor >= self.period.end.as_second() {
                    return None;
                }
            } else {
                self.cursor -= step;
                if self.bounded && self.cursor < self.period.start.as_second() {
                    return None;
                }
            }
            let t = Timestamp::from_second(self.cursor).expect("in range");
            if self.rng.chance(HOURLY[self.local(t).0 as usize]) {
                break t;
            }
        };
        let (hour, weekday) = self.local(t);
        let office = (8..18).contains(&hour) && weekday < 6;
        let weights: [f64; 5] = if office {
            [0.30, 0.44, 0.04, 0.13, 0.09]
        } else {
            [0.66, 0.20, 0.0, 0.11, 0.03]
        };
        let mut posts = Vec::with_capacity(8);
        match self.rng.weighted(&weights) {
            0 => self.mention(t, &mut posts),
            1 => self.post_with_comments(t, !office, &mut posts),
            2 => self.thread(t, &mut posts),
            3 => self.retweet(t, &mut posts),
            _ => self.join_in(t, &mut posts),
        }
        Some(posts)
    }

    /// Local hour and ISO weekday (1 = Monday).
    fn local(&self, t: Timestamp) -> (i8, i8) {
        let z = t.to_zoned(self.org.tz.clone());
        (z.hour(), z.weekday().to_monday_one_offset())
    }

    /// A snowflake id for a post at `t`: ids grow with time, as X's and Mastodon's do.
    fn id(&mut self, t: Timestamp) -> u64 {
        let ms = t.as_millisecond() - 1_288_834_974_657 + self.rng.below(1000) as i64;
        self.seq += 1 + self.rng.below(5) as u64;
        ((ms.max(0) as u64) << 22) | (self.seq & 0x3f_ffff)
    }

    /// Someone from the public; a few regulars write often, most people once.
    fn someone(&mut self) -> Who {
        let u = self.rng.unit();
        let idx = (self.people as f64 * u.powf(1.7)) as u64;
        text::person(self.people_salt ^ idx.wrapping_mul(0x2545_f491_4f6c_dd1d))
    }

    fn post(
        &mut self,
        at: Timestamp,
        author: Who,
        f: Filled,
        reply_to: Option<Parent>,
        conversation: Option<u64>,
        client: Client,
    ) -> Post {
        let id = self.id(at);
        let outbound = author == self.me;
        let (likes, retweets) = match (outbound, reply_to.is_some()) {
            (true, false) => {
                let l = self.rng.lognormal(6.0, 1.1).round() as u32;
                (l, (l as f64 * self.rng.unit() * 0.4).round() as u32)
            }
            (true, true) => (self.rng.below(4) as u32, 0),
            (false, _) => (self.rng.below(3) as u32, 0),
        };
        Post {
            id,
            at,
            author,
            outbound,
            text: f.text,
            mentions: f.mentions,
            conversation: conversation.unwrap_or(id),
            reply_to,
            parent_deleted: false,
            retweet_of: None,
            client,
            likes,
            retweets,
        }
    }

    fn fill(&mut self, template: &str, ctx: &mut Ctx) -> Filled {
        fill(template, ctx, self.org, &mut self.rng)
    }

    fn scheduled_client(&mut self) -> Client {
        [Client::Hootsuite, Client::Buffer, Client::Sprout][self.rng.weighted(&[0.45, 0.3, 0.25])]
    }

    fn reply_client(&mut self) -> Client {
        [
            Client::WebApp,
            Client::Sprout,
            Client::IPhone,
            Client::Android,
            Client::TweetDeck,
        ][self.rng.weighted(&[0.42, 0.3, 0.16, 0.04, 0.08])]
    }

    /// When the organization answers a message sent at `t`: log-normal delays, pushed to the next
    /// morning at night and often to Monday at weekends. A long tail, as in real inboxes.
    fn reply_time(&mut self, t: Timestamp) -> Timestamp {
        let delay = self.rng.lognormal(40.0 * 60.0, 1.3).min(4.0 * 86400.0);
        let mut r = t.as_second() + delay as i64;
        let z = Timestamp::from_second(r)
            .expect("in range")
            .to_zoned(self.org.tz.clone());
        let (hour, wd) = (z.hour(), z.weekday().to_monday_one_offset());
        let morning = |days: i64, z: &jiff::Zoned| -> i64 {
            let day = z
                .date()
                .checked_add(jiff::Span::new().days(days))
                .expect("in range");
            day.at(8, 0, 0, 0)
                .to_zoned(z.time_zone().clone())
                .expect("valid")
                .timestamp()
                .as_second()
        };
        if hour < 8 {
            r = morning(0, &z) + self.rng.lognormal(35.0 * 60.0, 0.8) as i64;
        } else if hour >= 21 {
            r = morning(1, &z) + self.rng.lognormal(35.0 * 60.0, 0.8) as i64;
        }
        if wd >= 6 && self.rng.chance(0.55) {
            let z = Timestamp::from_second(r)
                .expect("in range")
                .to_zoned(self.org.tz.clone());
            r = morning(8 - wd as i64, &z) + self.rng.lognormal(60.0 * 60.0, 0.8) as i64;
        }
        Timestamp::from_second(r).expect("in range")
    }

    fn mention(&mut self, t: Timestamp, posts: &mut Vec<Post>) {
        let b = bank();
        let person = self.someone();
        let mut ctx = Ctx::with_person(person.clone());
        let (template, need) = match self.rng.weighted(&[0.45, 0.25, 0.2, 0.1]) {
            0 => {
                let a = self.rng.below(b.ask.len());
                (
                    self.rng.pick(&b.ask[a].question).clone(),
                    Some(Need::Question(a)),
                )
            }
            1 => (self.rng.pick(&b.complaint).clone(), Some(Need::Complaint)),
            2 => (self.rng.pick(&b.praise).clone(), Some(Need::Praise)),
            _ => (self.rng.pick(&b.spam).clone(), None),
        };
        let f = self.fill(&template, &mut ctx);
        let client = self.reply_client();
        let m = self.post(t, person, f, None, None, client);
        let conversation = m.id;
        let complaint = Parent {
            id: m.id,
            author: m.author.clone(),
        };
        let complaint_at = m.at;
        posts.push(m);
        if let Some(need) = need {
            self.respond(posts, 0, need, &mut ctx, conversation);
        }
        // Others join a complaint thread, replying to the first person.
        if matches!(need, Some(Need::Complaint)) && self.rng.chance(0.22) {
            let at = Timestamp::from_second(
                complaint_at.as_second() + self.rng.lognormal(90.0 * 60.0, 1.0) as i64,
            )
            .expect("in range");
            if at < self.period.end {
                let other = self.someone();
                let mut octx = Ctx::with_person(other.clone());
                let template = self.rng.pick(&b.me_too).clone();
                let f = self.fill(&template, &mut octx);
                let client = self.reply_client();
                let p = self.post(at, other, f, Some(complaint), Some(conversation), client);
                posts.push(p);
                let i = posts.len() - 1;
                self.respond(posts, i, Need::Complaint, &mut octx, conversation);
            }
        }
    }

    fn post_with_comments(&mut self, t: Timestamp, scheduled: bool, posts: &mut Vec<Post>) {
        let o = &bank().outbound;
        let kind = self.rng.weighted(&[0.26, 0.24, 0.10, 0.06, 0.14, 0.08]);
        let list = [
            &o.news,
            &o.call_to_action,
            &o.marketing_question,
            &o.at_announcement,
            &o.recognition,
            &o.question_to_people,
        ][kind];
        let asks_people = kind == 5;
        let mut ctx = Ctx::default();
        let template = self.rng.pick(list).clone();
        let f = self.fill(&template, &mut ctx);
        let client = if scheduled || self.rng.chance(0.72) {
            self.scheduled_client()
        } else {
            [Client::WebApp, Client::IPhone][self.rng.below(2)]
        };
        let root = self.post(t, self.me.clone(), f, None, None, client);
        let conversation = root.id;
        let parent = Parent {
            id: root.id,
            author: self.me.clone(),
        };
        let root_at = root.at;
        posts.push(root);
        let comments = if asks_people {
            self.rng.between(2, 6)
        } else {
            (self.rng.exponential(0.9).round() as u64).min(6)
        };
        let b = bank();
        for _ in 0..comments {
            let at = Timestamp::from_second(
                root_at.as_second() + self.rng.lognormal(50.0 * 60.0, 1.3) as i64,
            )
            .expect("in range");
            if at >= self.period.end {
                continue;
            }
            let person = self.someone();
            let mut ctx = Ctx::with_person(person.clone());
            let (template, need) = if asks_people {
                if self.rng.chance(0.8) {
                    (self.rng.pick(&b.suggestion).clone(), Some(Need::Suggestion))
                } else {
                    (self.rng.pick(&b.reaction).clone(), None)
                }
            } else {
                match self.rng.weighted(&[0.55, 0.26, 0.12, 0.07]) {
                    0 => {
                        let c = self.rng.pick(&b.comment).clone();
                        let asks = c.contains('?');
                        (c, Some(Need::Comment { asks }))
                    }
                    1 => (self.rng.pick(&b.reaction).clone(), None),
                    2 => {
                        let a = self.rng.below(b.ask.len());
                        let q = self
                            .rng
                            .pick(&b.ask[a].question)
                            .replace("{org} ", "")
                            .replace("Hey {org}, ", "");
                        (q, Some(Need::Question(a)))
                    }
                    _ => (self.rng.pick(&b.spam).replace("{org} ", ""), None),
                }
            };
            let f = self.fill(&format!("{{org}} {template}"), &mut ctx);
            let client = self.reply_client();
            let c = self.post(
                at,
                person,
                f,
                Some(parent.clone()),
                Some(conversation),
                client,
            );
            posts.push(c);
            if let Some(need) = need {
                let i = posts.len() - 1;
                self.respond(posts, i, need, &mut ctx, conversation);
            }
        }
    }

    /// The organization's answer (or silence) to message `i`, and what the person says next.
    fn respond(
        &mut self,
        posts: &mut Vec<Post>,
        i: usize,
        need: Need,
        ctx: &mut Ctx,
        conversation: u64,
    ) {
        let b = bank();
        let (p, templated) = match need {
            Need::Question(_) => (0.8, 0.12),
            Need::Complaint => (0.72, 0.6),
            Need::Praise => (0.5, 0.0),
            Need::Suggestion => (0.6, 0.0),
            Need::Comment { asks: true } => (0.7, 0.1),
            Need::Comment { asks: false } => (0.3, 0.0),
        };
        if !self.rng.chance(p) {
            return;
        }
        let at = self.reply_time(posts[i].at);
        if at >= self.period.end {
            return;
        }
        let is_templated = self.rng.chance(templated);
        let f = if is_templated {
            self.templated(ctx)
        } else {
            let template = match need {
                Need::Question(a) => self.rng.pick(&b.ask[a].answer).clone(),
                Need::Suggestion => self.rng.pick(&b.outbound.suggestion_reply).clone(),
                Need::Comment { asks: true } => self.rng.pick(&b.comment_answer).clone(),
                Need::Complaint => self.rng.pick(&b.outbound.complaint_answer).clone(),
                Need::Praise | Need::Comment { asks: false } => {
                    self.rng.pick(&b.outbound.thanks_reply).clone()
                }
            };
            personal(&template, ctx, self.org, &mut self.rng)
        };
        let client = if is_templated {
            [Client::Sprout, Client::WebApp][self.rng.weighted(&[0.75, 0.25])]
        } else {
            self.reply_client()
        };
        let person = posts[i].author.clone();
        let parent = Parent {
            id: posts[i].id,
            author: person.clone(),
        };
        let reply = self.post(
            at,
            self.me.clone(),
            f,
            Some(parent),
            Some(conversation),
            client,
        );
        let reply_parent = Parent {
            id: reply.id,
            author: self.me.clone(),
        };
        posts.push(reply);
        let roll = self.rng.unit();
        let later =
            Timestamp::from_second(at.as_second() + self.rng.lognormal(25.0 * 60.0, 1.0) as i64)
                .expect("in range");
        if later >= self.period.end || roll >= 0.47 {
            return;
        }
        let pclient = self.reply_client();
        if roll < 0.35 {
            let closer = self.rng.pick(&b.closer).clone();
            let f = self.fill(&format!("{{org}} {closer}"), ctx);
            let c = self.post(
                later,
                person,
                f,
                Some(reply_parent),
                Some(conversation),
                pclient,
            );
            posts.push(c);
        } else {
            let q = self.rng.pick(&b.followup).clone();
            let f = self.fill(&format!("{{org}} {q}"), ctx);
            let c = self.post(
                later,
                person.clone(),
                f,
                Some(reply_parent),
                Some(conversation),
                pclient,
            );
            let c_at = c.at;
            let c_parent = Parent {
                id: c.id,
                author: person,
            };
            posts.push(c);
            if self.rng.chance(0.7) {
                let at = self.reply_time(c_at);
                if at < self.period.end {
                    let a = self.rng.pick(&b.outbound.followup_answer).clone();
                    let f = personal(&a, ctx, self.org, &mut self.rng);
                    let client = self.reply_client();
                    let r = self.post(
                        at,
                        self.me.clone(),
                        f,
                        Some(c_parent),
                        Some(conversation),
                        client,
                    );
                    posts.push(r);
                }
            }
        }
    }

    /// A stock reply: one of a few texts, with the small variations that make them look typed.
    fn templated(&mut self, ctx: &mut Ctx) -> Filled {
        let o = &bank().outbound;
        let stock = &o.templated[self.rng.weighted(&[5.0, 3.0, 2.0, 2.0, 1.5])];
        let mut body = stock.clone();
        if self.rng.chance(0.35) {
            let mut c = body.chars();
            let first = c
                .next()
                .map(|f| f.to_lowercase().to_string())
                .unwrap_or_default();
            body = format!("Hi {{name}}, {first}{}", c.as_str());
        }
        if self.rng.chance(0.4) {
            body.push_str(" ^{sig}");
        }
        self.fill(&format!("{{who}} {body}"), ctx)
    }

    fn thread(&mut self, t: Timestamp, posts: &mut Vec<Post>) {
        let parts = &self.rng.pick(&bank().thread).parts;
        let mut ctx = Ctx::default();
        let client = [Client::WebApp, Client::TweetDeck][self.rng.below(2)];
        let (mut prev, mut at): (Option<u64>, i64) = (None, t.as_second());
        let mut conversation = None;
        for part in parts {
            let f = self.fill(part, &mut ctx);
            let parent = prev.map(|id| Parent {
                id,
                author: self.me.clone(),
            });
            let p = self.post(
                Timestamp::from_second(at).expect("in range"),
                self.me.clone(),
                f,
                parent,
                conversation,
                client,
            );
            conversation = Some(conversation.unwrap_or(p.id));
            prev = Some(p.id);
            posts.push(p);
            at += self.rng.between(40, 240) as i64;
        }
    }

    fn retweet(&mut self, t: Timestamp, posts: &mut Vec<Post>) {
        let mut ctx = Ctx::default();
        let i = self.rng.below(bank().partners.len());
        let source = self.rng.pick(&bank().partners[i].posts).clone();
        let f = self.fill(&source, &mut ctx);
        let of = text::partner(i);
        let client = [Client::WebApp, Client::IPhone][self.rng.below(2)];
        let mut p = self.post(
            t,
            self.me.clone(),
            Filled {
                text: format!("RT @{}: {}", of.handle, f.text),
                mentions: Vec::new(),
            },
            None,
            None,
            client,
        );
        p.mentions = std::iter::once(of.clone()).chain(f.mentions).collect();
        p.retweet_of = Some(of);
        p.likes = 0;
        p.retweets = 0;
        posts.push(p);
    }

    fn join_in(&mut self, t: Timestamp, posts: &mut Vec<Post>) {
        let o = &bank().outbound;
        let other = if self.rng.chance(0.6) {
            text::partner(self.rng.below(bank().partners.len()))
        } else {
            self.someone()
        };
        let mut ctx = Ctx::with_person(other.clone());
        let template = if self.rng.chance(0.3) {
            self.rng.pick(&o.thanks_reply).clone()
        } else {
            format!("{{who}} {}", self.rng.pick(&o.join_in))
        };
        let f = self.fill(&template, &mut ctx);
        let parent_at =
            Timestamp::from_second(t.as_second() - self.rng.lognormal(3.0 * 3600.0, 1.0) as i64)
                .expect("in range");
        let parent_id = self.id(parent_at);
        let client = self.reply_client();
        let mut p = self.post(
            t,
            self.me.clone(),
            f,
            Some(Parent {
                id: parent_id,
                author: other,
            }),
            Some(parent_id),
            client,
        );
        p.parent_deleted = self.rng.chance(0.1);
        posts.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    fn quarter() -> (Org, Period) {
        let org = Org::library();
        let p = Period::months(&org, Date::constant(2026, 7, 1), 3);
        (org, p)
    }

    #[test]
    fn replies_come_after_what_they_answer_and_inside_the_period() {
        let (org, period) = quarter();
        let mut s = Story::new(&org, Rng::new(1), period, 3000.0, true);
        let mut n = 0;
        while let Some(ep) = s.next_episode() {
            for p in &ep {
                n += 1;
                assert!(p.at < period.end);
                if let Some(parent) = &p.reply_to
                    && let Some(q) = ep.iter().find(|q| q.id == parent.id)
                {
                    assert!(q.at <= p.at, "{} before its parent", p.text);
                    assert_eq!(q.author, parent.author);
                }
            }
        }
        assert!(n > 1000);
    }

    #[test]
    fn ids_are_unique_and_grow_with_time() {
        let (org, period) = quarter();
        let mut s = Story::new(&org, Rng::new(2), period, 3000.0, true);
        let mut all: Vec<(Timestamp, u64)> = Vec::new();
        while let Some(ep) = s.next_episode() {
            all.extend(ep.iter().map(|p| (p.at, p.id)));
        }
        let mut ids: Vec<u64> = all.iter().map(|a| a.1).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
        all.sort();
        assert!(all.windows(2).all(|w| w[0].0 == w[1].0 || w[0].1 < w[1].1));
    }
}
