"""The words of Kindred's demo pages: written for this project, in plain, kind English."""

import datetime

PEOPLE = [
    {
        "name": "Dr Amara Okafor",
        "role": "Paediatric palliative care doctor",
        "bio": "Amara leads a children's palliative care team and has cared for families "
        "facing serious illness for fifteen years.",
    },
    {
        "name": "Jess Morgan",
        "role": "Children's cancer nurse specialist",
        "bio": "Jess has worked on a children's oncology ward for twelve years and now "
        "supports families at home between treatments.",
    },
    {
        "name": "Sam Ruiz",
        "role": "Hospital social worker",
        "bio": "Sam helps families with the practical side of a diagnosis: money, work, "
        "school, travel and finding local support.",
    },
    {
        "name": "Priya Shah",
        "role": "Parent and volunteer editor",
        "bio": "Priya's son finished treatment for leukaemia in 2016. She edits Kindred's "
        "family stories.",
    },
]

CATEGORIES = [
    (
        "Supportive care",
        "supportive-care",
        "Comfort, symptom relief and care for the whole family.",
    ),
    ("Family life", "family-life", "Parents, siblings, grandparents and friends."),
    (
        "Treatment",
        "treatment",
        "Understanding treatment and living with its side effects.",
    ),
    ("Stories", "stories", "Families share what they have learned."),
    ("Survivorship", "survivorship", "Life after treatment ends."),
]

SECTIONS = [
    (
        "Newly diagnosed",
        "newly-diagnosed",
        "The first days and weeks after a diagnosis.",
        1,
    ),
    (
        "Treatment and side effects",
        "treatment-and-side-effects",
        "What to expect from treatment, and what helps.",
        2,
    ),
    (
        "Supportive care",
        "supportive-care",
        "Palliative care, pain relief and comfort, from diagnosis on.",
        3,
    ),
    ("Family and siblings", "family-and-siblings", "Looking after each other.", 4),
    ("Grief and bereavement", "grief-and-bereavement", "Support when a child dies.", 5),
    (
        "Life after treatment",
        "life-after-treatment",
        "Follow-up care and late effects.",
        6,
    ),
]

SERVICES = [
    {
        "name": "Riverside Children's Hospital Palliative Care Team",
        "kind": "palliative",
        "region": "Ohio",
        "phone": "(614) 555 0142",
        "website": "https://example.org/riverside-palliative",
        "offer": "Symptom relief, family meetings and care planning for children "
        "receiving treatment at Riverside, in hospital and at home.",
        "languages": "English, Spanish",
    },
    {
        "name": "Lakeshore Pediatric Advanced Care Team",
        "kind": "palliative",
        "region": "Illinois",
        "phone": "(312) 555 0190",
        "website": "https://example.org/lakeshore-pact",
        "offer": "A doctor, nurse, social worker and chaplain who work alongside your "
        "child's oncology team from diagnosis on.",
        "languages": "English, Polish, Spanish",
    },
    {
        "name": "Little Harbor Children's Hospice",
        "kind": "hospice",
        "region": "Massachusetts",
        "phone": "(617) 555 0123",
        "website": "https://example.org/little-harbor",
        "offer": "Short breaks, end-of-life care at home or in the hospice, and "
        "bereavement support for the whole family.",
        "languages": "English, Portuguese",
    },
    {
        "name": "Sunrise Hospice Kids Program",
        "kind": "hospice",
        "region": "Ohio",
        "phone": "(216) 555 0177",
        "website": "https://example.org/sunrise-kids",
        "offer": "Home visits by children's hospice nurses, music and art therapy, "
        "and sibling support groups.",
        "languages": "English",
    },
    {
        "name": "Kindred Families Network",
        "kind": "community",
        "region": "Nationwide",
        "phone": "",
        "website": "https://example.org/families-network",
        "offer": "Parent-to-parent mentoring: talk with a trained volunteer whose child "
        "had a similar diagnosis.",
        "languages": "English, Spanish",
    },
    {
        "name": "Childhood Cancer Family Helpline",
        "kind": "helpline",
        "region": "Nationwide",
        "phone": "(800) 555 0199",
        "website": "https://example.org/family-helpline",
        "offer": "A listening ear and practical information for parents, weekdays "
        "9am to 9pm and Saturdays 10am to 4pm.",
        "languages": "English, Spanish, Vietnamese",
    },
    {
        "name": "Bright Path Travel and Lodging Fund",
        "kind": "financial",
        "region": "Nationwide",
        "phone": "(800) 555 0135",
        "website": "https://example.org/bright-path",
        "offer": "Grants towards petrol, parking, flights and somewhere to stay near "
        "the treatment centre.",
        "languages": "English",
    },
    {
        "name": "Prairie Children's Cancer Assistance",
        "kind": "financial",
        "region": "Illinois",
        "phone": "(217) 555 0160",
        "website": "https://example.org/prairie-assistance",
        "offer": "Help with household bills during treatment, and advice on insurance "
        "and benefits from a financial counsellor.",
        "languages": "English, Spanish",
    },
]


def p(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


PALLIATIVE_POST = {
    "slug": "what-is-palliative-care",
    "title": "What is palliative care and why does it make a difference?",
    "intro": "November is National Hospice and Palliative Care Month. Many families are "
    "never offered palliative care, or turn it down because they think it means giving "
    "up. It doesn't: here is what it really is.",
    "date": datetime.date(2017, 11, 8),
    "authors": ["Dr Amara Okafor", "Priya Shah"],
    "categories": ["supportive-care"],
    "tags": [
        "palliative care",
        "hospice",
        "National Hospice and Palliative Care Month",
    ],
    "body": [
        (
            "paragraph",
            p(
                "When Priya's son was diagnosed, the word “palliative” frightened her. "
                "She had only ever heard it used about the last days of life. It took a "
                "nurse sitting down with her to explain that palliative care is something "
                "else: an extra layer of support that can start on the day of diagnosis "
                "and carry on right through treatment."
            ),
        ),
        ("heading", {"text": "Care for comfort, alongside treatment", "level": "h2"}),
        (
            "paragraph",
            p(
                "A palliative care team does not replace your child's cancer doctors. It "
                "works beside them, focusing on how your child feels day to day: pain, "
                "sickness, tiredness, worry and sleep. It also looks after you, the "
                "parents, and your other children."
            ),
        ),
        (
            "quote",
            {
                "quote": "We wish we had asked for them months earlier. They gave us our "
                "evenings back.",
                "attribution": "A mother, two years after treatment",
            },
        ),
        ("heading", {"text": "Why it makes a difference", "level": "h2"}),
        (
            "paragraph",
            ul(
                "Children whose symptoms are well controlled can often do more of what "
                "they enjoy.",
                "Parents have someone to help them think through hard decisions.",
                "The whole team hears what matters most to your family.",
            ),
        ),
        (
            "callout",
            {
                "title": "Ask about it at any stage",
                "body": p(
                    "You can ask your child's doctor for a palliative care referral at "
                    "any point: at diagnosis, during treatment, or if things change."
                ),
                "tone": "info",
            },
        ),
    ],
}

OTHER_POSTS = [
    {
        "slug": "what-we-wish-we-had-known-in-the-first-week",
        "title": "What we wish we had known in the first week",
        "intro": "Parents in our community shared the small, practical things that helped "
        "them through the first days after diagnosis.",
        "date": datetime.date(2018, 1, 15),
        "authors": ["Priya Shah"],
        "categories": ["family-life", "stories"],
        "tags": ["newly diagnosed", "practical tips"],
        "text": [
            "Nobody is ready for the first week. You will be given more information than "
            "anyone could remember, often at the worst possible moment.",
            "Keep one notebook for everything: questions, names, medicines and phone "
            "numbers. Say yes when friends offer to cook or drive. And let yourself rest "
            "when your child is resting.",
        ],
    },
    {
        "slug": "looking-after-siblings",
        "title": "Looking after siblings when cancer comes home",
        "intro": "Brothers and sisters can feel forgotten, frightened or even guilty. "
        "Here is how families have helped them feel included.",
        "date": datetime.date(2018, 3, 2),
        "authors": ["Sam Ruiz"],
        "categories": ["family-life"],
        "tags": ["siblings", "school"],
        "text": [
            "Siblings notice everything, even when we try to protect them. Simple, honest "
            "words suited to their age usually help more than silence.",
            "Tell their school what is happening, keep some of their routines, and find "
            "small moments that are only theirs.",
        ],
    },
    {
        "slug": "eating-well-through-chemotherapy",
        "title": "Eating well through chemotherapy: small wins",
        "intro": "Chemotherapy can change taste and appetite. A children's nurse shares "
        "gentle ideas that have worked for other families.",
        "date": datetime.date(2018, 4, 20),
        "authors": ["Jess Morgan"],
        "categories": ["treatment"],
        "tags": ["chemotherapy", "nutrition", "side effects"],
        "text": [
            "Food can become a battleground during chemotherapy. Try offering small "
            "snacks often, cold foods when smells are a problem, and favourite meals "
            "whenever they are wanted, even at odd times.",
            "Tell the care team if your child is losing weight or cannot keep fluids "
            "down: there is medicine that helps.",
        ],
    },
    {
        "slug": "talking-with-your-childs-care-team",
        "title": "How to talk with your child's care team",
        "intro": "You are an expert on your child. These questions can help you share "
        "what you know and understand what the team is planning.",
        "date": datetime.date(2018, 6, 11),
        "authors": ["Jess Morgan", "Sam Ruiz"],
        "categories": ["treatment", "supportive-care"],
        "tags": ["care team", "questions", "palliative care"],
        "text": [
            "It is always all right to ask the team to explain something again, or to "
            "write it down. Bring someone with you to big meetings if you can.",
            "Useful questions include: what is the goal of this treatment, what side "
            "effects should we watch for, and who do we call at night?",
        ],
    },
    {
        "slug": "going-back-to-school",
        "title": "Finding your way back to school after treatment",
        "intro": "Going back to school is a milestone, and it can be a bumpy one. "
        "Families and teachers share what made it easier.",
        "date": datetime.date(2018, 9, 5),
        "authors": ["Priya Shah"],
        "categories": ["survivorship"],
        "tags": ["school", "survivorship"],
        "text": [
            "Meet the school before the first day back. A plan for tiredness, missed "
            "work and infection risks helps everyone feel more confident.",
            "Some children want their class to know everything; some want to say "
            "nothing at all. Let your child choose.",
        ],
    },
    {
        "slug": "grief-has-no-timetable",
        "title": "Grief has no timetable: notes from bereaved parents",
        "intro": "Parents who have lost a child share what has helped them, and what "
        "they would like friends and family to know.",
        "date": datetime.date(2018, 11, 20),
        "authors": ["Sam Ruiz"],
        "categories": ["stories"],
        "tags": ["bereavement", "grief"],
        "text": [
            "There is no right way to grieve, and no point at which you should be “over "
            "it”. Many parents say that saying their child's name out loud matters.",
            "If you are supporting a bereaved family, keep showing up, long after the "
            "funeral: anniversaries and birthdays can be the hardest days.",
        ],
    },
    {
        "slug": "sleep-stress-and-long-nights",
        "title": "Sleep, stress and the long nights in hospital",
        "intro": "Poor sleep makes everything harder. Small changes can help children and "
        "parents rest a little better on the ward and at home.",
        "date": datetime.date(2019, 2, 14),
        "authors": ["Dr Amara Okafor"],
        "categories": ["supportive-care"],
        "tags": ["sleep", "wellbeing", "palliative care"],
        "text": [
            "Ask the nurses whether night-time checks can be grouped together. A familiar "
            "blanket, an eye mask and a simple bedtime routine help many children.",
            "Parents need sleep too. Take turns overnight if you can, and tell the team if "
            "worry is keeping you awake: the palliative care team can help with that too.",
        ],
    },
]

PALLIATIVE_ARTICLE = {
    "slug": "palliative-care-for-children-with-cancer",
    "title": "Palliative care for children with cancer",
    "intro": "Palliative care is extra support for a child with a serious illness and for "
    "their family. It can begin at diagnosis and goes hand in hand with cancer treatment.",
    "section": "supportive-care",
    "reviewed_at": datetime.date(2018, 6, 1),
    "next_review_at": datetime.date(2019, 6, 1),
    "reviewer": "Dr Amara Okafor",
    "related_post": "what-is-palliative-care",
    "community_category": "supportive-and-palliative-care",
    "services": [
        "Riverside Children's Hospital Palliative Care Team",
        "Lakeshore Pediatric Advanced Care Team",
        "Little Harbor Children's Hospice",
        "Bright Path Travel and Lodging Fund",
    ],
    "documents": [
        (
            "Palliative care: a guide for families",
            "palliative-care-guide-for-families.pdf",
            [
                "Palliative care is extra support for your child and your family, "
                "alongside cancer treatment, from diagnosis on.",
                "It helps with pain, sickness, tiredness, sleep and worry, and with "
                "planning care around what matters most to you.",
                "Ask your child's doctor for a referral at any time.",
            ],
        ),
        (
            "Questions to ask the palliative care team",
            "questions-for-the-palliative-care-team.pdf",
            [
                "Who is in the team, and how do we reach them at night and weekends?",
                "How will you work with our child's oncology team?",
                "What help is there for brothers and sisters?",
                "Can any of this care happen at home?",
            ],
        ),
    ],
    "body": [
        (
            "paragraph",
            p(
                "Palliative care (sometimes called supportive or comfort care) is "
                "specialised medical care for children living with a serious illness. "
                "Its aim is simple: to help your child feel as well as possible and to "
                "support your whole family, at every stage."
            ),
        ),
        (
            "callout",
            {
                "title": "It is not only for the end of life",
                "body": p(
                    "Palliative care can start on the day of diagnosis and continue "
                    "alongside chemotherapy, surgery, radiotherapy or any other "
                    "treatment meant to cure."
                ),
                "tone": "important",
            },
        ),
        ("heading", {"text": "What palliative care aims to do", "level": "h2"}),
        (
            "paragraph",
            p("The team works with you and your child to:")
            + ul(
                "relieve symptoms such as pain, nausea, loss of appetite, tiredness and "
                "poor sleep;",
                "help with anxiety, sadness and low mood, for your child and for you;",
                "make sure care fits your family's goals, values and wishes;",
                "keep everyone in your child's care team talking to each other;",
                "connect you with services near home, from nursing to practical and "
                "financial help.",
            ),
        ),
        ("heading", {"text": "Who is on the palliative care team", "level": "h2"}),
        (
            "paragraph",
            p(
                "Teams differ from hospital to hospital, but they usually include a "
                "palliative care doctor, a specialist nurse and a social worker. Many "
                "also have a psychologist, a chaplain, child life specialists, "
                "pharmacists, dietitians and music or play therapists."
            ),
        ),
        (
            "paragraph",
            p(
                "The palliative care team works together with your child's main "
                "oncology team. Your child keeps their cancer doctors: the palliative "
                "care team adds another layer of support."
            ),
        ),
        ("heading", {"text": "How to get palliative care", "level": "h2"}),
        (
            "paragraph",
            ul(
                "Ask your child's doctor or nurse for a referral to the palliative care "
                "team. You can ask at any time.",
                "Palliative care is often covered by health insurance. Check your plan, "
                "and ask what is included.",
                "The hospital social worker can help you understand costs and find "
                "financial support.",
                "Local hospice organisations often run children's programmes that "
                "include care at home.",
            ),
        ),
        (
            "quote",
            {
                "quote": "Having the palliative team meant someone was always thinking "
                "about how our daughter felt, not just about her blood counts.",
                "attribution": "A father in the Kindred community",
            },
        ),
    ],
}

OTHER_ARTICLES = [
    {
        "slug": "the-first-days-after-diagnosis",
        "title": "The first days after your child's diagnosis",
        "intro": "What usually happens in the first days and weeks, who you will meet, "
        "and how to look after yourself while everything is new.",
        "section": "newly-diagnosed",
        "reviewed_at": datetime.date(2024, 3, 1),
        "next_review_at": datetime.date(2027, 3, 1),
        "reviewer": "Jess Morgan",
        "related_post": "what-we-wish-we-had-known-in-the-first-week",
        "community_category": "newly-diagnosed",
        "text": [
            "In the first days your child will have tests to find out exactly what kind "
            "of cancer it is and how far it has spread. This helps the team plan the "
            "right treatment.",
            "You will meet many people: doctors, nurses, a social worker and often a "
            "play specialist. It is fine to ask everyone to tell you their name and role "
            "again.",
        ],
    },
    {
        "slug": "managing-nausea-and-vomiting",
        "title": "Managing nausea and vomiting during treatment",
        "intro": "Feeling sick is one of the most common side effects of chemotherapy. "
        "Most of the time it can be prevented or eased.",
        "section": "treatment-and-side-effects",
        "reviewed_at": datetime.date(2024, 9, 1),
        "next_review_at": datetime.date(2026, 9, 1),
        "reviewer": "Jess Morgan",
        "related_post": "eating-well-through-chemotherapy",
        "community_category": "treatment-and-side-effects",
        "text": [
            "Anti-sickness medicine works best when it is given before treatment and on "
            "a regular schedule, not only when your child already feels sick.",
            "Small, plain snacks, sips of cold drinks and fresh air can help. Tell the "
            "team if your child cannot keep fluids down for more than a day.",
        ],
    },
    {
        "slug": "pain-relief-for-children",
        "title": "Pain relief for children: what helps",
        "intro": "Children's pain can and should be treated. Here is how the team assesses "
        "pain and the ways they can ease it.",
        "section": "supportive-care",
        "reviewed_at": datetime.date(2025, 1, 1),
        "next_review_at": datetime.date(2027, 1, 1),
        "reviewer": "Dr Amara Okafor",
        "related_post": "sleep-stress-and-long-nights",
        "community_category": "supportive-and-palliative-care",
        "text": [
            "Younger children may not be able to say how much something hurts. Nurses "
            "use faces scales, behaviour and your knowledge of your child to judge pain.",
            "Medicines, comfort positions, distraction, warmth and play all help. Strong "
            "pain medicines are safe when they are prescribed and monitored by the team.",
        ],
    },
    {
        "slug": "helping-brothers-and-sisters-cope",
        "title": "Helping brothers and sisters cope",
        "intro": "How to explain what is happening, and how to support siblings at home "
        "and at school.",
        "section": "family-and-siblings",
        "reviewed_at": datetime.date(2023, 5, 1),
        "next_review_at": datetime.date(2025, 5, 1),
        "reviewer": "Sam Ruiz",
        "related_post": "looking-after-siblings",
        "community_category": "siblings",
        "text": [
            "Siblings cope best when they are told the truth in words they understand, "
            "and when they know it is nobody's fault.",
            "Many hospitals run sibling days and support groups; ask the social worker.",
        ],
    },
    {
        "slug": "support-for-bereaved-families",
        "title": "When a child dies: support for bereaved families",
        "intro": "Where to find help in the days, months and years after the death of a "
        "child.",
        "section": "grief-and-bereavement",
        "reviewed_at": datetime.date(2024, 11, 1),
        "next_review_at": datetime.date(2026, 11, 1),
        "reviewer": "Dr Amara Okafor",
        "related_post": "grief-has-no-timetable",
        "community_category": "bereaved-families",
        "text": [
            "Hospices and hospital palliative care teams usually offer bereavement "
            "support to the whole family, including brothers and sisters, for as long as "
            "it is needed.",
            "Talking with other bereaved parents can help. Our community has a space "
            "just for bereaved families.",
        ],
    },
    {
        "slug": "follow-up-care-and-late-effects",
        "title": "Follow-up care and late effects after childhood cancer",
        "intro": "Treatment ending is a big step. Regular follow-up checks look after your "
        "child's health in the years that follow.",
        "section": "life-after-treatment",
        "reviewed_at": datetime.date(2025, 6, 1),
        "next_review_at": datetime.date(2027, 6, 1),
        "reviewer": "Jess Morgan",
        "related_post": "going-back-to-school",
        "community_category": "survivorship",
        "text": [
            "Some treatments can cause health problems months or years later. Follow-up "
            "clinics check growth, hormones, the heart, hearing and learning.",
            "Keep a treatment summary: it helps any future doctor understand your "
            "child's history.",
        ],
    },
]

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About Kindred",
        "intro": "Kindred is a community and a library of information for families "
        "affected by childhood cancer.",
        "text": [
            "We are parents, patients, siblings, friends and professionals. Our editors "
            "publish articles reviewed by medical professionals, and our community gives "
            "families a safe, moderated place to talk.",
            "Kindred shares experiences and information, not medical advice. Please talk "
            "to your child's care team about their treatment.",
        ],
    },
    {
        "slug": "community-guidelines",
        "title": "Community guidelines",
        "intro": "Kindred is a kind place. These guidelines help keep it that way.",
        "show_guidelines_version": True,
        "text": [
            "Be kind and assume good intent: everyone here is going through something "
            "hard. Share your own experience, not medical instructions.",
            "Protect privacy: do not post full names, hospital names, addresses or phone "
            "numbers, yours or anyone else's. Moderators may edit posts to remove them.",
            "Some conversations are about loss. Use a content warning when you write "
            "about the death of a child.",
            "If you are worried about someone's safety, report the post: our moderators "
            "look at urgent reports first.",
        ],
    },
    {
        "slug": "need-help-now",
        "title": "Need help now?",
        "intro": "If you or someone you love is in crisis, you do not have to face it "
        "alone. These services are there day and night.",
        "show_helplines": True,
        "text": [
            "If your child is unwell during treatment, call your treatment centre's "
            "24-hour number first: fever and bleeding can be emergencies.",
            "Kindred's community is not watched around the clock, so please contact one "
            "of the services above if you need someone now.",
        ],
    },
]
