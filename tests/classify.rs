//! The classifier against CODEBOOK.md, case by case, with and without reply links; the rules'
//! own examples; templated replies; inbound items; and users' rules files.

use earshot::audit::{self, AuditOptions};
use earshot::classify::{Classification, Classifier, Corpus, Label};
use earshot::ingest::earshot_csv::mentions_in;
use earshot::model::{Account, Direction, Item, Kind, Moderation, OwnAccounts, Platform};
use earshot::thread::Threads;
use jiff::Timestamp;

const ORG: &str = "citylibrary";

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/classify")
        .join(name)
}

/// An item by `author`, `minutes` after a fixed start.
fn item(id: &str, author: &str, minutes: i64, text: &str) -> Item {
    let mut it = Item::new(Platform::X, id, author);
    it.text = text.into();
    it.mentions = mentions_in(text).into_iter().collect();
    it.set_created_at(Some(
        Timestamp::from_second(1_772_000_000 + minutes * 60).unwrap(),
    ));
    it
}

fn reply(id: &str, author: &str, minutes: i64, to: &str, text: &str) -> Item {
    let mut it = item(id, author, minutes, text);
    it.in_reply_to = Some(to.into());
    it.kind = Kind::Reply;
    it
}

fn classify_with(c: &Classifier, items: &[Item]) -> Vec<Classification> {
    let own = OwnAccounts::new(vec![Account::parse(ORG)]);
    let directions: Vec<Direction> = items
        .iter()
        .map(|it| {
            if own.is_own(&it.platform, &it.author) {
                Direction::Outbound
            } else {
                Direction::Inbound
            }
        })
        .collect();
    let threads = Threads::link(items);
    c.classify(&Corpus {
        items,
        directions: &directions,
        threads: &threads,
        own: &own,
    })
    .iter()
    .cloned()
    .collect()
}

fn classify(items: &[Item]) -> Vec<Classification> {
    classify_with(&Classifier::builtin(), items)
}

/// Classifies one outbound post with no reply links (as from an earshot CSV without them).
fn alone(text: &str) -> Classification {
    classify(&[item("1", ORG, 0, text)]).remove(0)
}

fn assert_label(c: &Classification, label: Label, reason: &str) {
    assert_eq!(c.label, Some(label), "{c:?}");
    assert_eq!(c.reasons.first().map(|r| r.as_str()), Some(reason), "{c:?}");
}

#[test]
fn every_builtin_rule_example_and_counterexample_holds() {
    let results = Classifier::builtin().check_examples();
    let failed: Vec<_> = results.iter().filter(|r| !r.passed).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(results.len() > 60);
}

#[test]
fn every_builtin_rule_has_an_example() {
    for r in Classifier::builtin().rules() {
        assert!(!r.examples.is_empty(), "rule {} has no example", r.name);
    }
}

#[test]
fn the_rule_list_names_the_codebook_reasons() {
    let c = Classifier::builtin();
    for reason in [
        "reply-to-other",
        "recognition",
        "question-to-people",
        "joining-in",
        "templated",
        "self-thread",
        "plain-repost",
        "call-to-action",
        "marketing-question",
        "at-announcement",
        "information",
    ] {
        assert!(
            c.rules().iter().any(|r| r.reason == reason),
            "no rule gives {reason}"
        );
    }
}

// ------------------------------------------------------------------ dialogue cases

#[test]
fn codebook_reply_linked_to_another_persons_item_is_dialogue() {
    let items = [
        item("1", "thomas", 0, "@citylibrary why was I asked for ID?"),
        reply(
            "2",
            ORG,
            5,
            "1",
            "@thomas Hi Thomas, this is correct but it helps our colleagues at the desk.",
        ),
    ];
    let c = classify(&items);
    assert_label(&c[1], Label::Dialogue, "reply-to-other");
    assert!(c[1].reply_to_other);
}

#[test]
fn codebook_reply_without_reply_links_is_recognised_by_its_at_name() {
    let c = alone(
        "@105855 Hi Thomas, this is correct but this helps our store colleagues judge age and protect them from making underage sales. Amanda",
    );
    assert_label(&c, Label::Dialogue, "reply-to-other");
    assert!(c.reply_to_other);
}

#[test]
fn codebook_short_reply_is_still_dialogue() {
    let c = alone("@sam_b You're welcome, keep up the good work!");
    assert_eq!(c.label, Some(Label::Dialogue));
}

#[test]
fn codebook_reply_with_a_requested_link_is_dialogue() {
    let items = [
        item("1", "sam_b", 0, "@citylibrary where is the form?"),
        reply(
            "2",
            ORG,
            3,
            "1",
            "@sam_b Here is the link you asked for: https://example.org/form",
        ),
    ];
    assert_label(&classify(&items)[1], Label::Dialogue, "reply-to-other");
    let c = alone("@sam_b Here is the link you asked for: https://example.org/form");
    assert_label(&c, Label::Dialogue, "reply-to-other");
}

#[test]
fn codebook_recognition_is_dialogue() {
    for text in [
        "Huge thanks to @riverside_vols for the 200 meals packed on Saturday!",
        "Congratulations to the winners of this year's poetry prize!",
        "Wishing everyone a safe and happy holiday season.",
    ] {
        assert_label(&alone(text), Label::Dialogue, "recognition");
    }
    let c = alone("Great work, team! RT @sam_b: our crew at the riverbank cleanup ...");
    assert_eq!(c.label, Some(Label::Dialogue));
    assert!(c.reasons.iter().any(|r| r == "recognition"), "{c:?}");
}

#[test]
fn codebook_question_to_people_is_dialogue_and_counted_as_a_question() {
    let c = alone("We are planning next year's workshops. Which topics would help you most?");
    assert_label(&c, Label::Dialogue, "question-to-people");
    assert!(c.question_to_people);
}

#[test]
fn codebook_joining_in_is_dialogue() {
    let c = alone("Love this photo! RT @jo_photo: sunrise over the new library wing");
    assert_label(&c, Label::Dialogue, "joining-in");
}

// ------------------------------------------------------------------ push cases

#[test]
fn codebook_information_is_push() {
    assert_label(
        &alone("Our annual report for 2025 is out: https://example.org/report"),
        Label::Push,
        "information",
    );
}

#[test]
fn codebook_call_to_action_is_push() {
    assert_label(
        &alone("Registration for the autumn fun run is open. Sign up now: https://example.org/run"),
        Label::Push,
        "call-to-action",
    );
}

#[test]
fn codebook_marketing_question_is_push_and_not_a_question_to_people() {
    let c =
        alone("Looking for an easy weeknight dinner? Try our new recipe: https://example.org/r");
    assert_eq!(c.label, Some(Label::Push));
    assert!(c.reasons.iter().any(|r| r == "marketing-question"), "{c:?}");
    assert!(!c.question_to_people);
}

#[test]
fn codebook_self_thread_is_push() {
    let items = [
        item("1", ORG, 0, "1/3 Big news about the library's new wing."),
        reply("2", ORG, 1, "1", "2/3 It opens in March with a makerspace."),
    ];
    let c = classify(&items);
    assert_label(&c[1], Label::Push, "self-thread");
    assert!(!c[1].reply_to_other);
}

#[test]
fn codebook_self_thread_is_found_from_the_parent_author_when_the_parent_is_missing() {
    let mut it = reply("2", ORG, 1, "not-in-archive", "And there is more.");
    it.in_reply_to_author = Some(ORG.into());
    assert_label(&classify(&[it])[0], Label::Push, "self-thread");
}

#[test]
fn codebook_plain_repost_is_push() {
    assert_label(
        &alone("RT @citynews: Road closures this weekend https://example.org/roads"),
        Label::Push,
        "plain-repost",
    );
    let mut it = item("1", ORG, 0, "Road closures this weekend");
    it.kind = Kind::Repost;
    assert_label(&classify(&[it])[0], Label::Push, "plain-repost");
}

#[test]
fn codebook_at_prefixed_announcement_is_push() {
    let c = alone(
        "@DrLeeResearch joins our board this month to lead the new clinical program https://example.org/board",
    );
    assert_label(&c, Label::Push, "at-announcement");
    assert!(!c.reply_to_other);
}

#[test]
fn an_at_prefixed_post_without_a_reply_link_is_an_announcement_when_the_source_records_links() {
    // In an archive that records reply links (an X archive), a post that starts with an @name
    // but replies to nothing talks about that person, whatever its wording.
    let items = [
        item("1", "sam_b", 0, "@citylibrary lovely event"),
        reply("2", ORG, 1, "1", "@sam_b Thank you for coming!"),
        item("3", ORG, 2, "@DrLee Welcome to our board, from March on."),
    ];
    let c = classify(&items);
    assert_label(&c[2], Label::Push, "at-announcement");
    assert_label(&c[1], Label::Dialogue, "reply-to-other");
}

#[test]
fn codebook_templated_replies_to_many_people_are_push_in_one_group() {
    let stock = [
        "We are sorry for any inconvenience. Please DM us your order number.",
        "We are sorry for any inconvenience. Please DM us your order number. ^JD",
        "We're sorry for any inconvenience. Please DM us your order number!",
    ];
    let mut items = Vec::new();
    for n in 0..40 {
        let person = format!("customer{n}");
        items.push(item(
            &format!("q{n}"),
            &person,
            n * 10,
            "@citylibrary my order is late",
        ));
        items.push(reply(
            &format!("a{n}"),
            ORG,
            n * 10 + 2,
            &format!("q{n}"),
            &format!("@{person} {}", stock[n as usize % 3]),
        ));
    }
    items.push(item("q99", "sam_b", 500, "@citylibrary my order is late"));
    items.push(reply(
        "a99",
        ORG,
        503,
        "q99",
        "@sam_b So sorry Sam, I checked and your parcel left the depot this morning.",
    ));
    let c = classify(&items);
    let group = c[1].templated_group();
    assert!(group.is_some());
    for n in 0..40 {
        let r = &c[2 * n + 1];
        assert_label(r, Label::Push, "templated");
        assert_eq!(r.templated_group(), group);
        assert!(r.reply_to_other, "a templated reply still answers someone");
    }
    assert_label(&c[81], Label::Dialogue, "reply-to-other");
    assert_eq!(c[81].templated_group(), None);
}

#[test]
fn templated_replies_are_found_without_reply_links_too() {
    let items: Vec<Item> = ["ana_m", "jo_k", "mira_t", "dev_ops"]
        .iter()
        .enumerate()
        .map(|(n, p)| {
            item(
                &n.to_string(),
                ORG,
                n as i64,
                &format!("@{p} Thanks for reaching out! Our team will look into this and get back to you."),
            )
        })
        .collect();
    for c in classify(&items) {
        assert_label(&c, Label::Push, "templated");
    }
}

#[test]
fn the_same_reply_to_the_same_person_is_not_templated() {
    let text = "@amy_g Thanks for the honour! Proud to be selected for the awards!";
    let items = [item("1", ORG, 0, text), item("2", ORG, 1, text)];
    for c in classify(&items) {
        assert_label(&c, Label::Dialogue, "reply-to-other");
    }
}

// ------------------------------------------------------------------ inbound

#[test]
fn inbound_items_written_to_the_organization_are_directed() {
    let mut msg = item("m", "pat", 5, "hello, a private question");
    msg.kind = Kind::Message;
    let mut comment = reply("c", "lee", 6, "p", "Nice!");
    comment.kind = Kind::Comment;
    let mut nested = reply(
        "n",
        "kim",
        7,
        "c",
        "I agree with Lee, what time does it start",
    );
    nested.kind = Kind::Comment;
    let items = [
        item("p", ORG, 0, "The summer reading list is here."),
        reply("r", "sam_b", 1, "p", "Can't wait to read these"),
        item("t", "jo_k", 2, "Visiting @citylibrary today"),
        msg,
        item("x", "ana_m", 3, "Lovely weather in the park"),
        comment,
        nested,
    ];
    let c = classify(&items);
    let directed = |i: usize| c[i].inbound.unwrap().directed;
    assert!(directed(1) && directed(2) && directed(3) && directed(5) && directed(6));
    assert!(!directed(4));
    assert!(c[0].inbound.is_none());
    assert_eq!(c[1].reasons[0], "reply-to-own-item");
    assert_eq!(c[2].reasons[0], "mentions-own-account");
    assert_eq!(c[6].reasons[0], "comment-on-own-post");
}

#[test]
fn spam_pingbacks_reposts_and_emoji_need_no_response() {
    let mut spam = reply("s", "bot", 1, "p", "Cheap watches http://spam.example");
    spam.moderation = Moderation::Spam;
    let mut ping = reply("k", "blog", 2, "p", "[...] the library wrote [...]");
    ping.kind = Kind::Pingback;
    let items = [
        item("p", ORG, 0, "The summer reading list is here."),
        spam,
        ping,
        item(
            "rt",
            "jo_k",
            3,
            "RT @citylibrary: The summer reading list is here.",
        ),
        reply("e", "ana_m", 4, "p", "😍😍"),
        reply("q", "lee", 5, "p", "Is the list online too?"),
    ];
    let c = classify(&items);
    for (i, ci) in c.iter().enumerate().take(5).skip(1) {
        let b = ci.inbound.unwrap();
        assert!(b.directed && !b.needs_response, "item {i}: {ci:?}");
    }
    let q = c[5].inbound.unwrap();
    assert!(q.needs_response && q.question);
}

#[test]
fn a_closer_after_an_answer_needs_no_response_but_a_first_thanks_does() {
    let items = [
        item("1", "sam_b", 0, "@citylibrary is my card still valid?"),
        reply("2", ORG, 10, "1", "@sam_b Yes, until June."),
        reply("3", "sam_b", 12, "2", "@citylibrary ok great, thanks!"),
        item("4", "jo_k", 20, "@citylibrary thanks!"),
        reply(
            "5",
            "sam_b",
            30,
            "2",
            "@citylibrary thanks, but how do I renew it?",
        ),
    ];
    let c = classify(&items);
    let b = |i: usize| c[i].inbound.unwrap();
    assert!(!b(2).needs_response);
    assert!(c[2].reasons.iter().any(|r| r == "closer"));
    assert!(b(3).needs_response, "nobody had answered jo_k yet");
    assert!(b(4).needs_response && b(4).question);
}

#[test]
fn questions_are_found_by_mark_opening_or_request_for_help() {
    let items = [
        item("1", "a", 0, "@citylibrary when do you open on Sunday"),
        item(
            "2",
            "b",
            1,
            "@citylibrary please help, my account is locked",
        ),
        item("3", "c", 2, "@citylibrary open on Sunday?"),
        item("4", "d", 3, "@citylibrary the new wing is beautiful"),
    ];
    let c = classify(&items);
    let q: Vec<bool> = c.iter().map(|c| c.inbound.unwrap().question).collect();
    assert_eq!(q, vec![true, true, true, false]);
}

#[test]
fn dutch_lexicons_label_dutch_posts() {
    assert_label(
        &alone("Bedankt @buurtvrijwilligers voor de 200 maaltijden!"),
        Label::Dialogue,
        "recognition",
    );
    assert_label(
        &alone("De herfstloop komt eraan. Schrijf je nu in: https://example.org/loop"),
        Label::Push,
        "call-to-action",
    );
}

// ------------------------------------------------------------------ confidence

#[test]
fn conflicting_cues_lower_the_confidence_and_can_mark_an_item_uncertain() {
    let clear = alone("Registration is open. Sign up now: https://example.org/run");
    let torn = alone("@sam_b Thanks so much! Learn more about next year: https://example.org/y");
    assert_eq!(torn.label, Some(Label::Push));
    assert!(torn.confidence < clear.confidence);
    assert!(!clear.uncertain);
    let strict = Classifier::builtin().with_uncertain_below(0.7);
    let c = classify_with(
        &strict,
        &[item(
            "1",
            ORG,
            0,
            "@sam_b Thanks so much! Learn more about next year: https://example.org/y",
        )],
    );
    assert!(c[0].uncertain);
}

// ------------------------------------------------------------------ users' rules

#[test]
fn a_users_rules_file_disables_adds_and_extends() {
    let c = Classifier::from_files(&[fixture("disable-recognition.toml")]).unwrap();
    assert_eq!(c.disabled_rules(), vec!["recognition".to_string()]);
    assert!(c.rules_version().ends_with("+client-7"));
    let items = [
        item("1", ORG, 0, "Huge thanks to @riverside_vols for the meals!"),
        item("2", ORG, 1, "@sam_b Our spring giveaway starts today!"),
    ];
    let out = classify_with(&c, &items);
    assert_label(&out[0], Label::Push, "information");
    assert_label(&out[1], Label::Push, "giveaway");
    let own = fixture("disable-recognition.toml").display().to_string();
    let mine = c.check_examples_from(&own);
    assert_eq!(mine.len(), 2);
    assert!(mine.iter().all(|r| r.passed && r.rule == "giveaway"));
}

#[test]
fn lexicon_words_added_by_a_user_are_used_by_the_builtin_rules() {
    let c = Classifier::from_texts(&[(
        "fr.toml".into(),
        "[lexicon.recognition]\npatterns = ['\\bmerci\\b']\n".into(),
    )])
    .unwrap();
    let out = classify_with(&c, &[item("1", ORG, 0, "Merci @benevoles pour samedi !")]);
    assert_label(&out[0], Label::Dialogue, "recognition");
    assert!(c.rules_version().contains("+custom-"));
}

#[test]
fn invalid_rules_files_are_refused_with_the_file_and_the_place() {
    let e = Classifier::from_files(&[fixture("invalid.toml")]).unwrap_err();
    assert!(e.file.ends_with("invalid.toml"));
    assert!(e.place.contains("giveaway"), "{e}");
    assert!(e.message.contains("no-such-cue"), "{e}");
    let bad_regex = Classifier::from_texts(&[(
        "r.toml".into(),
        "[[rule]]\nname = \"x\"\nlabel = \"push\"\npatterns = ['(unclosed']\n".into(),
    )])
    .unwrap_err();
    assert!(bad_regex.place.contains("rule `x`"), "{bad_regex}");
    let no_label = Classifier::from_texts(&[(
        "r.toml".into(),
        "[[rule]]\nname = \"x\"\npatterns = ['a']\n".into(),
    )])
    .unwrap_err();
    assert!(no_label.message.contains("label"), "{no_label}");
    let typo = Classifier::from_texts(&[("r.toml".into(), "[[rule]]\nnmae = \"x\"\n".into())])
        .unwrap_err();
    assert_eq!(typo.place, "line 2");
}

#[test]
fn a_failing_example_in_a_users_file_is_reported() {
    let c = Classifier::from_files(&[fixture("failing-example.toml")]).unwrap();
    let failed: Vec<_> = c
        .check_examples()
        .into_iter()
        .filter(|r| !r.passed)
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].rule, "giveaway");
}

#[test]
fn a_disabled_rule_is_recorded_in_the_reports_provenance() {
    let mut opts = AuditOptions::new(vec![fixture("coded.csv")]);
    opts.classifier = Classifier::from_files(&[fixture("disable-recognition.toml")]).unwrap();
    let a = audit::run(&opts).unwrap();
    assert_eq!(a.summary.provenance.disabled_rules, vec!["recognition"]);
    assert!(a.summary.provenance.rules_version.ends_with("+client-7"));
}

/// The summary counts a templated group's people as the grouping counted them. These replies
/// start with the same @name and a different second one: three different pairs of people, a
/// group of its own by the grouping's count, and one person by their first @name alone (which
/// the summary once counted, showing a templated group sent to one person).
#[test]
fn a_templated_groups_people_are_counted_as_the_grouping_counted_them() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("replies.csv");
    let text = "Thanks for reaching out! Our team will look into this and get back to you.";
    let mut body = String::from("id,created_at,platform,author,direction,text\n");
    for (n, second) in ["bo_k", "cy_l", "di_m"].iter().enumerate() {
        body.push_str(&format!(
            "r{n},2026-08-0{}T10:00:00Z,x,{ORG},outbound,\"@ana_j @{second} {text}\"\n",
            n + 1
        ));
    }
    std::fs::write(&csv, body).unwrap();
    let a = audit::run(&AuditOptions::new(vec![csv])).unwrap();
    assert_eq!(a.items.len(), 3);
    assert!(
        a.classes.iter().all(|c| c.templated_group().is_some()),
        "{:?}",
        a.classes
    );
    assert_eq!(a.summary.templated.len(), 1);
    assert_eq!(a.summary.templated[0].people, 3);
    assert_eq!(a.summary.templated[0].items, 3);
}

#[test]
fn rules_check_exits_0_1_or_2() {
    let run = |f: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_earshot"))
            .args(["rules", "check"])
            .arg(fixture(f))
            .output()
            .unwrap()
    };
    assert_eq!(run("disable-recognition.toml").status.code(), Some(0));
    let failing = run("failing-example.toml");
    assert_eq!(failing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failing.stdout).contains("FAIL giveaway"));
    assert_eq!(run("invalid.toml").status.code(), Some(2));
}

// ------------------------------------------------------------------ scale

#[test]
fn a_large_archive_is_classified_without_comparing_every_pair() {
    // 30,000 replies, a third of them one template. How long grouping takes is measured by the
    // `classify` benchmark (`cargo bench`), not here: this checks what is found at that size.
    let mut items = Vec::with_capacity(30_000);
    for n in 0..30_000i64 {
        let text = if n % 3 == 0 {
            format!("@p{n} Sorry for the wait, please DM us your card number and we will check.")
        } else {
            format!(
                "@p{n} Lovely to hear about book {n} and the visit number {}!",
                n * 7
            )
        };
        items.push(item(&n.to_string(), ORG, n, &text));
    }
    let c = classify(&items);
    assert_eq!(c[0].reasons[0], "templated");
    assert_eq!(c[1].reasons[0], "reply-to-other");
}

#[test]
fn a_templated_reply_is_labelled_in_a_large_archive_as_in_a_small_one() {
    // More than two of the classifier's chunks of items, with templates whose replies differ in
    // what the rules see (a question, a thanks, a call to action with a link, reply links or
    // none: those are announcements), spread over every chunk. Each template's replies,
    // classified on their own, are the slow and obvious path: the same reply must get the same
    // label in the large archive.
    let templates = [
        "Sorry for the wait, please DM us your card number and we will check.",
        "Could you tell us which branch you visited so that we can look into it?",
        "Thank you so much for coming to the reading, we loved having you there!",
        "Sign up for the newsletter to hear about new books first: https://example.org/news",
    ];
    let n = 40_000i64;
    let mut items = Vec::with_capacity(n as usize);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); templates.len()];
    for k in 0..n {
        let id = k.to_string();
        let t = (k % 1_001) as usize;
        let it = if k % 1_001 < templates.len() as i64 && k % 3 != 2 {
            members[t].push(items.len());
            let text = format!("@p{k} {}", templates[t]);
            if k % 2 == 0 {
                reply(&id, ORG, k, &format!("elsewhere-{k}"), &text)
            } else {
                item(&id, ORG, k, &text)
            }
        } else {
            item(
                &id,
                ORG,
                k,
                &format!(
                    "@p{k} Lovely to hear about book {k} and the visit number {}!",
                    k * 7
                ),
            )
        };
        items.push(it);
    }
    assert!(members.iter().all(|m| m.len() > 20));
    let large = classify(&items);
    for (t, m) in members.iter().enumerate() {
        let own: Vec<Item> = m.iter().map(|&i| items[i].clone()).collect();
        let small = classify(&own);
        for (&i, alone) in m.iter().zip(&small) {
            let big = &large[i];
            let key = |c: &Classification| {
                (
                    c.templated_group().is_some(),
                    c.label,
                    c.reasons.clone(),
                    c.confidence,
                    c.fired.clone(),
                    c.question_to_people,
                    c.reply_to_other,
                    c.uncertain,
                )
            };
            assert_eq!(key(big), key(alone), "template {t}, item {i}");
        }
    }
    // Every template's linked replies are found templated, and the templates differ in what
    // the rules saw: not one label for all.
    for m in &members {
        let linked = m.iter().filter(|&&i| items[i].in_reply_to.is_some());
        assert!(linked.clone().count() > 10);
        assert!(
            linked
                .clone()
                .all(|&i| large[i].templated_group().is_some())
        );
    }
    let labels: std::collections::BTreeSet<_> =
        members.iter().map(|m| large[m[0]].fired.clone()).collect();
    assert!(labels.len() > 1, "{labels:?}");
}

#[test]
fn audit_takes_rules_files_and_reports_disabled_rules_in_summary_json() {
    let out = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_earshot"))
        .arg("audit")
        .arg(fixture("coded.csv"))
        .arg("--rules")
        .arg(fixture("disable-recognition.toml"))
        .arg("--out")
        .arg(out.path())
        .arg("--reproducible")
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(0), "{status:?}");
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("summary.json")).unwrap()).unwrap();
    assert_eq!(
        summary["provenance"]["disabled_rules"],
        serde_json::json!(["recognition"])
    );
}

#[test]
fn rules_list_shows_rules_lexicons_and_settings() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_earshot"))
        .args(["rules", "list"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("recognition"), "{text}");
    assert!(text.contains("feed-clients"), "{text}");
    assert!(text.contains("different people"), "{text}");
}

/// More lexicons than the rules' bit masks hold (facts and lexicons past 128 bits): the rules
/// are asked cue by cue instead, with the same answers.
#[test]
fn rules_reading_more_lexicons_than_fit_in_a_mask_still_fire() {
    let mut rules = String::new();
    for k in 0..130 {
        rules.push_str(&format!(
            "[lexicon.word-{k}]\npatterns = ['\\bword{k}\\b']\n"
        ));
    }
    rules.push_str(
        "[[rule]]\nname = \"last-word\"\nlabel = \"dialogue\"\npriority = 99\nconfidence = 0.9\nwhen = [\"word-129\"]\n",
    );
    let c = Classifier::from_texts(&[("many.toml".into(), rules)]).unwrap();
    let out = classify_with(
        &c,
        &[
            item("1", ORG, 0, "Our word129 for today"),
            item("2", ORG, 1, "Thanks to our volunteers!"),
        ],
    );
    assert_label(&out[0], Label::Dialogue, "last-word");
    assert_label(&out[1], Label::Dialogue, "recognition");
}
