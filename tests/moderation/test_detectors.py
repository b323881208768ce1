import pytest

from moderation import detectors, evaluation
from moderation.evaluation import (
    SAMPLE_HOSPITALS,
    evaluate_crisis,
    evaluate_personal_details,
    load,
)
from moderation.screening import Screening, describe

CRISIS = load("crisis.jsonl")
DETAILS = load("personal_details.jsonl")


@pytest.mark.parametrize("row", CRISIS, ids=[r["text"][:40] for r in CRISIS])
def test_crisis_detector_on_each_labelled_example(row):
    kinds = detectors.detect_crisis(row["text"])
    assert bool(kinds) == row["crisis"]
    if row["crisis"]:
        assert row["kind"] in kinds


@pytest.mark.parametrize("row", DETAILS, ids=[r["text"][:40] for r in DETAILS])
def test_personal_details_detector_on_each_labelled_example(row):
    found = {
        f.kind
        for f in detectors.detect_personal_details(
            row["text"], hospitals=SAMPLE_HOSPITALS
        )
    }
    assert found == set(row["kinds"])


def test_the_labelled_samples_hold_positives_and_hard_negatives():
    assert sum(r["crisis"] for r in CRISIS) >= 25
    assert sum(not r["crisis"] for r in CRISIS) >= 25
    assert sum(bool(r["kinds"]) for r in DETAILS) >= 15
    assert sum(not r["kinds"] for r in DETAILS) >= 15


def test_detector_precision_and_recall_stay_above_the_floor():
    crisis, details = evaluate_crisis(), evaluate_personal_details()
    # Missing a crisis is worse than a false alarm: recall has the higher floor.
    assert crisis["recall"] >= 0.95 and crisis["precision"] >= 0.9
    assert details["recall"] >= 0.9 and details["precision"] >= 0.9


def test_redaction_replaces_each_detail_with_a_label():
    text = (
        "Ring 07911 123456 or email dad.of.three@example.net, we're at 3 Orchard Close."
    )
    redacted = detectors.redact(text, detectors.detect_personal_details(text))
    assert redacted == (
        "Ring [phone number removed] or email [email address removed], "
        "we're at [address removed]"
    )


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("cure*", "they say it cures everything", True),
        ("cure*", "secure the line", False),
        ("miracle cure", "A MIRACLE CURE!", True),
        ("d*mn", "damn it", True),
        ("d*mn", "condemn", False),
    ],
)
def test_watched_word_wildcards(pattern, text, matches):
    assert bool(detectors.watched_word_regex(pattern).search(text)) == matches


def test_describe_gives_kind_reasons_and_helplines_for_crisis(site):
    described = describe(
        Screening(hold=True, crisis=True, reasons=["crisis", "new_member"])
    )
    assert described["held"] and described["crisis"]
    assert [r["code"] for r in described["reasons"]] == ["crisis", "new_member"]
    assert "very soon" in described["reasons"][0]["text"]
    assert described["support"]["url"] == "/moderation/support/"
    assert any(
        "988" in (h.get("phone") or "") for h in described["support"]["helplines"]
    )


def test_describe_leaves_out_support_when_there_is_no_crisis(db):
    described = describe(Screening(hold=True, reasons=["new_member"]))
    assert "support" not in described
    assert described["reasons"][0]["code"] == "new_member"


def test_describe_accepts_what_community_returns_after_posting(newcomer, category):
    from community.services import posts as post_services

    posted = post_services.thread_create(
        actor=newcomer, category=category.slug, title="Hello there", body="First post"
    )
    described = describe(posted)
    assert described["held"] and described["reasons"][0]["code"] == "new_member"


def test_the_held_out_sample_is_balanced_and_shares_nothing_with_the_tuning_sample():
    for name in ("crisis", "personal_details"):
        tuning = {row["text"] for row in evaluation.load(f"{name}.jsonl")}
        held_out = evaluation.load(f"{name}{evaluation.HELD_OUT}.jsonl")
        assert not tuning & {row["text"] for row in held_out}, name
    crisis = evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl")
    positives = sum(row["crisis"] for row in crisis)
    assert len(crisis) >= 60 and 0.4 <= positives / len(crisis) <= 0.6
    details = evaluation.load(f"personal_details{evaluation.HELD_OUT}.jsonl")
    assert len(details) >= 40 and sum(not row["kinds"] for row in details) >= 15


def test_the_evaluation_scores_the_held_out_sample_on_its_own():
    result = evaluation.evaluate_crisis(evaluation.HELD_OUT)
    assert result["examples"] == len(
        evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl")
    )
    # Every labelled crisis is either found or missed.
    found_or_missed = result["true_positives"] + result["false_negatives"]
    assert found_or_missed == sum(
        row["crisis"] for row in evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl")
    )


# General cases written for the rebuilt crisis detector: in neither labelled sample.
CRISIS_STATEMENTS = [
    ("im gonna kill myself tonight", "suicide"),
    ("i dont wanna be here anymore", "suicide"),
    ("I wish I could just go to sleep and not wake up.", "suicide"),
    ("Everyone would be better off if I wasn't here.", "suicide"),
    ("I keep thinking about driving into oncoming traffic.", "suicide"),
    ("Please look after the kids for me. This is my last post.", "suicide"),
    ("I cant do this anymore. I've got the pills ready.", "suicide"),
    ("I've been saving up my sleeping pills for weeks.", "suicide"),
    ("I don't think I want to be alive anymore.", "suicide"),
    ("Ive been self harming again", "self_harm"),
    ("I've been hiding the cuts on my arms under long sleeves.", "self_harm"),
    ("My daughter has been burning herself with a lighter.", "child_danger"),
    ("My 9 year old says he wants to hurt himself.", "child_danger"),
    ("He punched my son in the face last night and I'm scared.", "child_danger"),
    ("Her dad keeps hitting her when she stays there.", "child_danger"),
    ("I'm scared I might shake the baby, I'm so tired.", "child_danger"),
    ("Our baby isn't breathing!", "child_danger"),
]
NOT_CRISIS = [
    "This week will be the death of me.",
    "I could kill for a coffee right now.",
    "She nearly died in ICU last year but she's doing great.",
    "Chemo is killing me, the nausea is awful.",
    "I'm dying to know the results.",
    "I could have killed myself laughing at his jokes.",
    "Suicide prevention week starts Monday; our charity is running a stall.",
    "The nurse asked if I'd had thoughts of harming myself, I said no.",
    "I'm not suicidal, just so tired.",
    "I have never thought of ending it, even on the worst days.",
    "I told the psychologist I used to feel suicidal but I've been well for years.",
    "My son cut himself on a broken glass and needed stitches.",
    "We're driving over the bridge tonight to get to the hospital.",
    "I bought three packs of paracetamol for the camping trip.",
    "Saying goodbye to everyone on the ward tomorrow, we're going home!",
    "I can't do this anymore, tomorrow is another scan.",
    "I took all his medication to the pharmacy for disposal.",
    "I thought I was going to die when the consultant said relapse.",
    "Our son is still not breathing on his own after surgery, but ICU are amazing.",
    "Her brother beat my daughter at chess again.",
]


# More sentences written while probing the rebuilt detector (any kind may fire).
MORE_CRISIS = [
    "I don't see the point in anything anymore. I've started giving my things away.",
    "There's a bottle of vodka and his old painkillers in the cupboard and tonight I'm using them.",
    "Some days I just want to stop existing.",
    "I want to disappear and never come back.",
    "I've been researching ways to end it.",
    "The kids would be better off with their dad. I won't be here by Christmas.",
    "I've made a plan. I know how and when.",
    "If she dies I'm going with her.",
    "I've been punching the wall until my hands bleed.",
    "I relapsed and cut last night, first time in 2 years.",
    "Im cutting my legs where no one can see.",
    "My 15yo has cuts all over her arms and wont tell me why.",
    "My daughter wrote a note saying she wants to die.",
    "Our son keeps saying he wishes he was never born and wants to go to heaven to be with his brother.",
    "My husband grabbed our son by the throat last night.",
    "He's been burning my daughter with cigarettes.",
    "There's no food in the house and the kids haven't eaten since Tuesday.",
    "My neighbour's toddler is always outside alone at night crying.",
    "My son is having a seizure and it won't stop, the ambulance isn't coming.",
    "Her temp is 39.8 and she's neutropenic and nobody's answering at the ward.",
    "My little girl told me her uncle touches her when I'm at the hospital.",
    "Is it normal to want to die when your child is dying? Because I do.",
    "I'm going to swallow the whole bottle.",
    "i just wanna end it all",
    "Thinking of just driving off a cliff on the way home.",
    "I have thoughts of harming myself most nights.",
    "I keep thinking everyone would be happier if I was dead.",
    "I'm worried my wife is suicidal, she said goodbye to the kids strangely this morning.",
    "My ex threatened to kill the kids and himself.",
    "I'm so scared he's going to hurt my son again.",
    "honestly i just want to go to sleep forever",
    "I'm done fighting. I've got enough of her oxycodone to make sure I don't wake up.",
    "I can't live without him. I'm going to be with him tonight.",
    "I dont want to live anymore",
    "im going to end things tonight, i've had enough",
    "Sometimes I stand at the edge of the platform and think about stepping off.",
    "I have a knife under my pillow and I keep thinking about using it on myself.",
    "I'm thinking about ending my life.",
    "My mum keeps telling me she wants to die and she's stopped eating.",
    "I googled how much insulin would kill me.",
    "I just want to be with my son. There's nothing left for me here.",
    "I can't stop hurting myself.",
    "My arms are covered in cuts again.",
    "I've started pulling my hair out and burning my hands on the stove.",
    "My teenager has been self-harming and I only just found out.",
    "My son took an overdose last night and he's in A&E.",
    "My daughter is threatening to jump from her bedroom window.",
    "My partner throws things at the kids when he's angry.",
    "My baby has a fever of 39 and won't stop crying, the out of hours line won't pick up, what do I do",
    "He's unresponsive and his lips are blue.",
    "Her stepfather forces her to sleep in the shed.",
    "My ex has been smacking our 3 year old with a belt.",
    "The lady downstairs screams at her baby and I hear slapping every night.",
    "My boy is being bullied so badly he says he wants to end it all.",
    "My girl told me she'd be better off dead.",
    "im so tired of everything, i wish i was dead",
    "If the transplant fails I don't want to carry on. I've already sorted my will.",
    "I've been collecting my tablets for a month now.",
    "Nobody would miss me if I was gone.",
    "I'm scared I'll do something stupid tonight.",
    "Its 3am and I'm sat in the car with a hosepipe. I don't know why I'm writing this.",
    "I just can't see a future without her. I've got her morphine and I'm going to use it.",
    "I've told my husband I love him and put the kids to bed. I'm ready now.",
    "ive been thinking of killing my self every day since the funeral",
    "i wanna die so bad",
    "I feel like I want to end it all, everyone would be better off.",
    "Don't reply to this, I just wanted to say thank you all and goodbye.",
    "Part of me hopes I don't wake up tomorrow.",
    "I'm going to jump off the Tyne bridge tonight.",
    "My 16 year old took a load of paracetamol and wont tell me how many.",
    "I found my son's suicide note in his school bag.",
    "I sliced my arm open last night, it wont stop bleeding.",
    "I've been starving myself as punishment.",
    "My daughter keeps banging her head against the wall on purpose until it bleeds.",
    "My son has been scratching his arms with a compass.",
    "My brother-in-law punched my 7 year old and my wife won't let me call the police.",
    "I think my ex is abusing our daughter, she came back with bruises on her thighs and won't talk.",
    "The baby's dad left her in the car for hours in the heat.",
    "My toddler swallowed a battery and the ambulance still isn't here.",
    "He's turning blue and not responding!!",
    "My husband beats me in front of the kids.",
    "I locked myself in the bathroom because he was going for the kids with a knife.",
    "My daughter messaged saying she can't do this anymore and she's sorry for everything.",
    "If I'm gone, please make sure my kids are looked after.",
    "I want to kill myself, I really do, I'm not joking.",
    "We got the news today that there's nothing more they can do. I honestly don't want to be here when she goes. I've been looking at the bridge on the way home.",
    "Everyone keeps saying stay strong but I'm tired of being strong. I just want it all to be over, for good.",
    "My son is 14 and he told his sister he's going to kill himself if he has to do another round.",
    "Mom here. My 11 year old wrote 'I want to die' all over her notebook.",
    "I keep driving past the reservoir and thinking how easy it would be.",
    "Not sure why I'm posting. I've got all his leftover oxy and a bottle of wine.",
    "I haven't eaten in days and I don't care if I wake up tomorrow.",
    "I think about dying every single day now.",
    "I've been hurting myself again, just small cuts on my legs where nobody can see.",
    "Relapsed on self harm after 3 years clean. Hate myself.",
    "I punch myself in the head when the panic gets too bad.",
    "My stepson is locked in his room all day and they don't feed him properly.",
    "My sister's boyfriend hits her kids and she won't leave him.",
    "Our foster daughter told me her real dad used to burn her with cigarettes, and she's seeing him this weekend.",
    "My baby is having trouble breathing and the out of hours doctor won't call back.",
    "He's been vomiting blood and I can't get through to 911.",
    "I'm afraid I'm going to snap and hurt my kids, I'm so burnt out.",
    "Kids' dad showed up drunk and drove off with them.",
    "I don't want to live in a world without her.",
    "I've been thinking that my family would be better without me around.",
    "honestly if i went to sleep and didnt wake up id be relieved",
    "I'm planning how to do it. I just need to find the right time.",
    "Every night I sit on the bathroom floor with a blade and cry.",
    "I bang my head on the wall until I can't think anymore.",
    "my daughter (13) has been cutting herself with a pencil sharpener blade",
    "My son said a man at the hospital school touched him and told him to keep it secret.",
    "My husband choked me last night while the baby was in my arms.",
    "I can't keep my 2 year old safe from her dad, he's violent when he drinks.",
    "Her lips went blue during a seizure and it's still going.",
    "I'd be better off dead honestly.",
    "There is a part of me that wants to just walk into the sea.",
    "I stood on the bridge for an hour last night.",
    "Found my teen's search history: 'painless ways to die'.",
    "I keep imagining crashing the car on the motorway so it all stops.",
    "I've stopped taking my antidepressants and started saving them instead.",
    "Please tell my wife I'm sorry. I can't do this anymore.",
    "i just want to fall asleep and not have to feel anything ever again",
    "What's the point in me being here if I couldn't even save my own child.",
    "I've been cutting since the funeral, my husband doesn't know.",
    "I can't stop thinking about jumping in front of the next train.",
    "Our 13 year old has been burning her arms with a hair straightener.",
    "My ex's new partner pushed my son down the stairs.",
    "My daughter came home with a black eye and says her stepdad did it.",
    "My 5 year old has a temperature of 40 and is fitting, nobody at the hospital is picking up.",
    "I'm going to swallow everything in the medicine cabinet tonight.",
    "I feel like I'm a burden to everyone and they'd be happier without me.",
    "My teenage son told me he has a plan to kill himself.",
    "I think my daughter is being sexually abused by her coach.",
    "I want to die. Nobody understands.",
    "The voices tell me to hurt myself and I'm starting to listen.",
    "My husband left the kids home alone all weekend while I was on the ward.",
    "I'm thinking of driving my car into a wall on the way home tonight.",
    "Just wanted to say thank you to this group before I go. Look after each other.",
    "I haven't told anyone but I tried to hang myself last week.",
    "I keep looking up how many of my husband's heart pills it would take.",
    "Tonight's the night. I've made my peace with it.",
    "no point carrying on tbh",
    "I'm a waste of space and everyone would be better off if I just vanished.",
    "I scratched my arms raw with my nails last night and it felt good.",
    "My 12yo daughter is making herself sick after every meal and cutting her wrists.",
    "I keep having thoughts about ending my life, and they're getting stronger.",
    "My boyfriend kicked my toddler across the room.",
    "My son says his teacher hits him when he gets answers wrong.",
    "Our baby is limp and grey and the 999 line is engaged.",
    "I want to jump. I'm on the roof of the hospital car park now.",
    "My wife said she'd be better off dead and has locked herself in the bathroom.",
    "If I don't wake up tomorrow, please tell my kids I loved them.",
    "I've been burning myself with cigarettes again.",
    "I hit my baby today. I'm scared of what I'll do next.",
    "My daughter's father is threatening to take her and hurt her.",
    "I'm so done. The pills are next to me.",
    "My son keeps saying he wants to be dead like his sister.",
    "My eldest has been self-harming and hiding it with long sleeves.",
    "She drank bleach this morning, what do I do?",
    "Some days I genuinely think about just ending everything.",
    "I've been planning to disappear once the kids are settled.",
    "i honestly wanna be dead",
    "I really want to not exist anymore.",
    "I'm ready to die, I've had enough of this life.",
    "I've been tempted to just take everything in the cupboard.",
    "I keep hoping the cancer spreads to me so I can go too.",
    "If this round fails I'm ending it.",
    "I'll make sure I don't survive this time.",
    "My son keeps hitting himself in the face when he's upset, it's getting worse.",
    "I'm terrified my partner will kill our daughter, he's threatened it twice.",
    "My little one has been left with no heating and no food while her mum is out drinking.",
    "My daughter has a plan to take her life, she showed me the pills.",
    "I cut again last night. Deeper this time.",
    "My daughter's dad grabbed her arm so hard it left bruises and he says he'll do worse.",
    "My ex keeps the kids locked in the car while he's in the pub.",
    "The kids next door are always covered in bruises and I hear their dad screaming at them.",
    "My son told me his stepmum makes him stand in the cold garden as punishment for hours.",
    "My 8 year old said her babysitter hurts her when I'm at the hospital.",
    "I'm so angry all the time, yesterday I slapped my toddler hard across the face and I'm scared I'll do it again.",
    "My 14 year old has stopped eating and says she deserves to die.",
    "My son has been writing about killing himself in his diary.",
    "Our teenager ran away last night and texted that we won't see her again.",
    "My baby has a purple rash that doesn't fade under a glass and the doctor isn't answering.",
    "She's having a seizure that's lasted 10 minutes and the rescue meds haven't worked, we're waiting for an ambulance.",
    "He fell and hit his head and now he's confused and being sick and we can't get a taxi to A&E.",
    "I've been pulling out my eyelashes and scratching till I bleed.",
    "I keep punching walls to feel something, my knuckles are a mess.",
    "I took double my sleeping pills last night hoping I wouldn't wake up.",
    "I've written my will and a letter to each of the kids. Tomorrow it's done.",
    "I'm standing on the train platform and I don't trust myself.",
    "I want to go to sleep and stay asleep.",
    "I wish the cancer had taken me instead, I'd swap in a heartbeat and I might make it happen.",
    "Everything would be easier if I wasn't around anymore.",
    "I can't face another day. I've got it all worked out.",
    "Nobody would care if I just stopped. Stopped everything.",
    "I've been googling how long it takes to bleed out.",
    "The world would be better without me in it.",
    "I've started self harming again, it's the only thing that helps.",
    "I keep hurting myself when the kids are at school.",
    "I want this pain to end permanently.",
    "I have a bottle of pills in my bag and I keep thinking about it.",
    "My girl (15) has been talking about wanting to die on TikTok.",
    "Im gonna do it tonight. sorry everyone",
    "My son is only 6 and he says he wants to kill himself.",
    "I'm going to crash the car. No one will know it wasn't an accident.",
    "My partner put his hands round my daughter's neck.",
    "My mother in law leaves the baby crying alone for hours and won't feed her.",
]
MORE_NOT_CRISIS = [
    "We want to end the chemo early because it's not working, and focus on comfort.",
    "I lost my son to neuroblastoma three years ago. Today I finally sorted his room.",
    "Her hair is coming out in clumps, it's killing me to watch.",
    "I'm so tired I could sleep for a week.",
    "He had a seizure last month, it stopped after 2 minutes and we're fine now.",
    "The rope swing in the garden is her favourite thing.",
    "We cut her hair short before it fell out.",
    "The knife-edge waiting between scans is unbearable.",
    "I'd die for my kids.",
    "Our team raised £500 for a suicide prevention charity!",
    "When I was 16 I self harmed but I got help, and now I volunteer with young people.",
    "He burned his hand on the oven last week, it's healing well.",
    "She hit her head on the table but the nurse checked her over.",
    "My son shook his fist at the nurse, funny little man.",
    "My daughter is scared to go home because she'll miss the nurses.",
    "The morphine pump beeps all night, I want to throw it out the window.",
    "Our 5 year old told me she doesn't want to die. I just held her.",
    "Dad joke of the day: the steroids are killing his diet.",
    "I kill every plant I buy, ha.",
    "Please help, does anyone know a good wig supplier?",
    "What do I do about school when he's neutropenic?",
    "Our nurse said the overdose risk with paracetamol is why we use the syringe.",
    "Our hospice nurse talked us through what to expect at the end of life.",
    "I'm not going to lie, this week has been the worst.",
    "I have no reason to complain, the ward has been fantastic.",
    "My son says he hates his brother and wants to kill him, typical siblings.",
    "I'm drowning in appointments, laundry and guilt.",
    "Going to the funeral tomorrow for a little boy from our ward.",
    "The last post I wrote got so many kind replies, thank you all.",
    "I'm dying for a holiday.",
    "My heart broke when the consultant said relapse, it felt like dying.",
    "I'd kill for five minutes of sleep.",
    "She's been so brave, honestly she's a trooper.",
    "We ended treatment in May and the scans are clear.",
    "The chemo nearly killed him but he pulled through.",
    "He died peacefully at home, surrounded by love.",
    "That mock exam killed me, says my 15 year old.",
    "I was so embarrassed I wanted to die, the whole waiting room heard.",
    "I lost it and shouted at the kids this morning, felt awful.",
    "Our daughter hurt her knee at the park, nothing serious.",
    "Knives out for the new parking charges at the hospital!",
    "Her platelets were so low she had a nosebleed that wouldn't stop, so we went in and she had a transfusion.",
    "The psychologist gave us a leaflet about suicide risk in bereaved parents.",
    "My friend's husband took his own life last year and she's set up a charity.",
    "I cut out sugar and dairy during chemo.",
    "He's so bored in hospital he says he's going to die of boredom.",
    "The blood test burned like hell, poor thing.",
    "I'm absolutely dying to see the kids after a week in isolation.",
    "No way out of this car park without paying £20!",
    "She's had a seizure before, the plan is rescue meds and an ambulance if it goes over 5 minutes.",
    "We said goodbye to our lovely nurse who is retiring.",
    "Overdose prevention: always check the syringe twice.",
    "I can't take it anymore, the nausea meds don't work, can anyone suggest something?",
    "I'm giving away all my maternity clothes, anyone want them?",
    "The wait is torture, I'm losing my mind.",
    "I'd rather die than miss her first day at school lol.",
    "The bridge at the hospital entrance is closed tomorrow.",
    "My son kicked his brother during a fight over the iPad.",
    "I've decided to take a break from the group for a while, see you all soon.",
    "My daughter asked me what happens when you die.",
    "Finally finished the last chemo block, I could cry with relief.",
    "I nearly lost it in the pharmacy queue today, 2 hours!",
    "We scattered some of her ashes under the cherry tree she loved.",
    "Sliced my finger chopping onions, that's the level of tired we're at.",
    "He's been banging his head against the wall metaphorically trying to get a wheelchair.",
    "Does anyone know if the helpline covers Northern Ireland?",
    "Our son asked if he'll die like his friend from the ward did. We talked for hours.",
    "My wife took the kids to her mum's so I could sleep.",
    "Just a reminder that the suicide and crisis lifeline is 988 in the US.",
    "Her chemo pump was beeping and I thought I'd die of fright.",
    "The nurse said the line could kill her if it gets infected, so we're super careful.",
    "She is being so brave about the needles, it kills me.",
    "Goodbye 2024, you were brutal. Hello remission!",
    "We've given away all the baby things now he's at school.",
    "Tonight we light candles for the children we've lost.",
    "My son's friend from the ward died last week. We're heartbroken.",
    "He keeps saying he wants to be a doctor so he can cure cancer.",
    "I'm terrified the scan will show it's back.",
    "Please don't stop me from posting photos, they're what keep me going!",
    "Half term and no school, the kids are driving me mad.",
    "My husband and I argued but we made up. Grief makes everything harder.",
    "She cut her own fringe with kitchen scissors, hair everywhere!",
    "Drunk on relief after the all-clear, two glasses of prosecco and I'm done.",
    "Is it normal that I think about death a lot since diagnosis? Like planning her funeral in my head?",
    "I used to think about ending it when I was 19, but therapy helped and I'm in a good place now.",
    "We got the news today that there's nothing more they can do. We're taking her home to make memories.",
    "I'm tired of being strong, but we keep going for her.",
    "He said he'd kill his brother if he touched his Lego again, lol.",
    "My 11 year old wrote a story about a dragon who dies, quite dark but the teacher loved it.",
    "We drove past the reservoir on the way to clinic, so pretty in autumn.",
    "His leftover oxy needs returning to the pharmacy, can anyone tell me how?",
    "I haven't eaten properly in days because of hospital food, ha.",
    "I think about her every single day.",
    "Small cuts on his legs from the cat, nothing to worry about.",
    "She relapsed in March and started chemo again.",
    "I hit the wall with frustration yesterday, not proud of it but nobody was hurt.",
    "He's locked in isolation for two weeks because of his counts.",
    "Her boyfriend helps with the kids so much, a real gem.",
    "The radiotherapy burned her skin and the nurses gave us cream.",
    "Baby has a cold and a bit of a cough, the GP said it's viral.",
    "Vomiting after chemo again, the ondansetron isn't touching it.",
    "I snapped at the kids this morning and felt awful, we had a cuddle after.",
    "My husband had one drink at the wedding and I drove us all home.",
    "I can't imagine a world without her, so we're making every day count.",
    "I wrote letters for each nurse on the ward to say thank you.",
    "We had to hold him down for the cannula and he screamed, it broke my heart.",
    "My husband and I are so tired we could sleep for a year.",
    "Her brother beat her at Mario Kart and she cried.",
    "The chemo made her so sick she said she wanted to die, but the new anti-sickness has helped and she's laughing again.",
    "She threatened to run away if we made her eat broccoli, ha.",
    "The ward's fire alarm went off at 3am, what a night.",
    "We've finished our last post-treatment scan!",
    "Can you take paracetamol with ibuprofen for a fever? Asking for my 6 year old.",
    "I gave her the whole bottle of Calpol... no wait, the whole syringe, 5ml, as prescribed. Tired brain!",
    "I'm so scared that she'll die during the operation.",
    "The play therapist let him 'hit' a punch bag to get his anger out.",
    "We said our goodbyes to our son in June. The hospice staff were angels.",
    "Bath time and bed, then I'm going to sit with a glass of wine and cry at a film.",
    "He gets so angry on steroids, he threw his plate at the wall.",
    "My son jumped off the top bunk and bumped his head, A&E said he's fine.",
    "Tonight we're writing letters to Santa.",
    "Please look after yourselves this Christmas, it's a hard time for so many of us.",
    "Hiding the chocolate from the kids so there's some left for me!",
    "I'm going to take every opportunity to make memories with her.",
    "I read about a mum who took her own life after losing her son, and it shook me.",
    "I used to think the worst, but the group has really helped me feel less alone.",
    "If I'm honest, the hardest part is the waiting.",
    "We took all the tablets out of the blister packs to make a dosette box.",
    "Three packs of wipes and a bottle of Calpol, the hospital bag essentials.",
    "Dad's drunk at the party again, embarrassing but harmless.",
    "She's floppy with tiredness after radiotherapy but happy.",
    "I'm ready now to share our story, five years on.",
    "I've made a plan with the school for her return.",
    "Her fever is 38.2 so we're on our way in, the ward is expecting us.",
    "What do I do about the nosebleeds? Platelets are 20.",
    "I'm dying of embarrassment, I cried in front of the whole ward.",
    "I'm going to swallow my pride and ask for help with the fundraising.",
    "This disease is killing our kids and research needs funding.",
    "My heart stopped when I saw the number on the scan report.",
    "She's been cutting out pictures for her scrapbook all afternoon.",
    "He jumped in front of the camera for every photo, the little ham.",
    "I wanted to crawl into a hole when the nurse corrected me.",
    "Is it normal to feel like a burden on the nurses when you ask for things?",
    "We had a plan for every scenario, but nothing prepares you.",
    "My son said 'I'll kill you' to his brother over a game, should I worry?",
    "Night shifts on the ward make me feel half dead.",
    "We were told he might not make it through the night, but he's in recovery now.",
    "I gave away her old toys to the hospital play room.",
    "She told us she isn't scared of dying, which broke us.",
    "Our oncologist explained what happens if the tumour bleeds.",
    "Blood cultures came back clear, phew.",
    "Please look after yourselves, it's a long road.",
    "I am so done with this week, roll on Friday.",
    "Burnt the toast again, that's how tired I am.",
    "The teenager in the next bed keeps her curtains shut and won't talk to anyone.",
    "I have been cutting my hair short myself",
    "Started cutting my own fringe",
    "I could sleep for a hundred years after this week.",
    "Our cat died and the kids are devastated.",
    "My daughter is dead set on becoming a nurse.",
    "Can't believe we got through a whole year of treatment!",
    "Tonight's the night: first sleepover since diagnosis!",
    "I made my peace with the hospital food a long time ago.",
    "She's been making herself a sandwich every day, so independent.",
    "My son got hit by a ball at football, just a bruise.",
    "The pills are next to the bed so I don't forget his 6am dose.",
    "I'm done with chemo forever, last dose today!",
    "I hit my head on the cupboard door, ouch.",
    "Our teacher was amazing when he came back to school.",
    "He was limp with exhaustion after the party but so happy.",
    "My husband said he'd be dead without the support group.",
    "I scratched the car on the hospital car park pillar, what a day.",
    "If I don't get some sleep I'll fall over.",
    "I was thinking about ending our Facebook fundraiser, it's done its job.",
    "My daughter dyed her hair grey for fun.",
    "The drug trial is for kids whose cancer has come back.",
    "She said 'I want to be a doctor when I grow up', bless her.",
    "Im done. Off to bed, night all x",
    "We are on the roof terrace of the hospital, lovely view",
    "I genuinely think about ending our trip early, she's so tired.",
    "I've been planning to disappear to the beach for a weekend once treatment ends.",
    "I'm ready to drop, what a week.",
    "I've been tempted to just eat everything in the cupboard, stress eating is real.",
    "If this round fails, we'll look at trials abroad.",
    "Make sure you don't miss the flu jab this year.",
    "My son hit his face on the slide, it's swollen but fine.",
    "I'm terrified the cancer will come back.",
    "Her mum is out tonight so I'm on bath duty.",
    "She has a plan for her birthday party already, bless her.",
    "Cut his hair last night before it falls out. Deeper cut than planned, oops.",
    "Goodbye everyone, we're moving to the survivors' group now. Thank you for everything!",
    "I'm sorry I haven't replied to messages, we've been in hospital.",
    "I'll make sure she takes her meds on time this time.",
    "I'm not ready for her to start school.",
    "My daughter grabbed my arm so hard during the cannula it left bruises, brave girl.",
    "The kids were locked out of the car while I found the keys, comedy morning.",
    "The kids next door are always screaming with laughter on the trampoline.",
    "My son told me his stepmum makes the best pancakes.",
    "My 8 year old said her babysitter is the best, she brings slime.",
    "I'm so angry at cancer, yesterday I slapped the table and cried.",
    "My 14 year old has stopped eating sugar and says she deserves a medal.",
    "My son has been writing about his hospital adventures in his diary.",
    "Our teenager stayed out late last night and texted at midnight, teens!",
    "My baby has a rash but it fades under a glass, the GP says it's viral.",
    "She had a short seizure, rescue meds worked and she's sleeping now.",
    "He fell and hit his head at nursery but he's fine, they called us.",
    "I've been pulling out weeds in the garden to clear my head.",
    "I punched the air when the scan was clear!",
    "I took my sleeping pill early last night and slept 9 hours, bliss.",
    "I've written a letter to each of the nurses. Tomorrow is discharge day.",
    "I'm standing on the train platform waiting for my husband.",
    "I want to go to sleep and sleep for a week.",
    "I wish the cancer had picked me instead of her, any parent would.",
    "Everything would be easier if the hospital had better parking.",
    "She is covered in bruises, platelets are 8, and I am scared of another bleed.",
    "He has new bruises from the cannula and he was screaming at the nurses.",
    "I can't face another day of hospital food, honestly.",
    "I've got it all worked out: meds at 8, school run at 9!",
    "I've been googling how long chemo takes to work.",
    "If anything happens to me while we're abroad, the insurance details are in the folder.",
    "The world would be a better place with more nurses like her.",
    "I keep hurting my back lifting him in and out of the bath.",
    "I want this pain to end for her, the nerve pain is awful.",
    "I have a bottle of Calpol in my bag at all times.",
    "She's been talking about wanting to be a vet on TikTok, so cute.",
    "Im gonna do it tonight, shave my head in solidarity!",
    "My son is only 6 and he says he wants to be an astronaut.",
    "I'm going to crash on the sofa the minute we get home.",
    "My partner put his hands over his eyes when the nurse came in with the needle.",
    "My mother in law looks after the baby for hours so I can sleep.",
    "Nobody would care if I skipped the school fundraiser this year, surely?",
]


@pytest.mark.parametrize("text", MORE_CRISIS, ids=MORE_CRISIS)
def test_crisis_detector_fires_on_more_ways_of_saying_it(text):
    assert detectors.detect_crisis(text)


@pytest.mark.parametrize("text", MORE_NOT_CRISIS, ids=MORE_NOT_CRISIS)
def test_crisis_detector_stays_quiet_on_more_everyday_hard_weeks(text):
    assert detectors.detect_crisis(text) == []


@pytest.mark.parametrize(
    ("text", "kind"), CRISIS_STATEMENTS, ids=[t for t, _ in CRISIS_STATEMENTS]
)
def test_crisis_detector_finds_crisis_statements_it_was_not_tuned_on(text, kind):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize("text", NOT_CRISIS, ids=NOT_CRISIS)
def test_crisis_detector_leaves_hyperbole_negation_and_clinical_talk_alone(text):
    assert detectors.detect_crisis(text) == []


def test_explain_crisis_tells_the_moderator_which_cue_fired_and_on_which_words():
    cues = detectors.explain_crisis(
        "I have the rope in the garage. I just need everyone to be asleep."
    )
    assert [c.kind for c in cues] == ["suicide"]
    assert "means" in cues[0].cue and "a time" in cues[0].cue
    assert "rope" in cues[0].text


def test_detect_crisis_and_explain_crisis_agree_on_the_kinds():
    for row in CRISIS + evaluation.load(f"crisis{evaluation.HELD_OUT}.jsonl"):
        explained = {c.kind for c in detectors.explain_crisis(row["text"])}
        assert set(detectors.detect_crisis(row["text"])) == explained


def test_anchor_words_never_hide_a_match_a_pattern_would_find():
    """Each pattern is searched only in sentences holding one of its anchor words: on
    every sentence we have, that shortcut must give what a full search gives."""
    texts = [row["text"] for row in CRISIS]
    texts += [row["text"] for row in evaluation.load("crisis_heldout.jsonl")]
    texts += [text for text, _ in CRISIS_STATEMENTS] + NOT_CRISIS
    texts += MORE_CRISIS + MORE_NOT_CRISIS
    assert_anchors_hide_nothing(texts)


def assert_anchors_hide_nothing(texts):
    units = [unit for _, _, _, group in detectors._STRONG for unit in group]
    units += [unit for _, unit in detectors._WEAK + detectors._CHILD_CONTEXT]
    units += [detectors._FOOD]
    for text in texts:
        sentences = detectors._Sentences(detectors._normalise(text))
        for unit in units:
            searched = set(sentences.holding(unit))
            for index, sentence in enumerate(sentences.text):
                if unit.pattern.search(sentence):
                    assert index in searched, (unit.pattern.pattern[:60], sentence)


def test_the_development_samples_stay_above_the_floor():
    # Both earlier samples were read while rebuilding the detectors: development sets.
    crisis = evaluate_crisis(evaluation.HELD_OUT)
    assert crisis["recall"] >= 0.9 and crisis["precision"] >= 0.9
    details = evaluate_personal_details(evaluation.HELD_OUT)
    assert details["recall"] >= 0.9 and details["precision"] >= 0.9


DETAILS_STATEMENTS = [
    ("email me: jo.smith at gmail dot com", "email"),
    ("my email is jo_smith (at) hotmail (dot) co (dot) uk", "email"),
    ("drop a line to sarahb{at}example{dot}org", "email"),
    ("Ring me on +353 87 123 4567", "phone"),
    ("call +44 (0)7911 123456 anytime", "phone"),
    ("Cards to Leeds LS6 2AB please", "address"),
    ("We're staying at Riverside Childrens Hospital on ward 3.", "hospital"),
    ("We're at Saint Elsewhere Children's Hospital this week.", "hospital"),
    ("We're at St. Elsewhere Children's for her op.", "hospital"),
    ("I'm Ava Morrison's dad, she's 6.", "child_name"),
    ("Follow Team Oscar Hughes on Facebook!", "child_name"),
    ("Ruby Clarke, aged 7, starts chemo on Monday.", "child_name"),
]
NO_DETAILS = [
    "Meet me at home, dot to dot puzzles for the kids",
    "She was at Riverside Children's Hospital in the nineties for her tonsils.",
    "I trained at Great Northern Infirmary years ago.",
    "Her counts: WBC 2.1, Hb 98, plt 45, neut 0.4.",
    "Protocol UKALL 2011 regimen A, day 29 MRD negative.",
    "Call NHS 111 or 999 in an emergency, or Samaritans on 116 123.",
    "I'm Dr Sarah Mitchell's patient, she's lovely.",
    "Team Sky are raising money for the ward.",
    "Tom Jones, 82, sang at the charity gala.",
    "Emma Watson (age 30) visited the ward!",
]


@pytest.mark.parametrize(
    ("text", "kind"), DETAILS_STATEMENTS, ids=[t for t, _ in DETAILS_STATEMENTS]
)
def test_personal_details_detector_finds_details_written_the_ways_people_write_them(
    text, kind
):
    found = detectors.detect_personal_details(text, hospitals=SAMPLE_HOSPITALS)
    assert [f.kind for f in found] == [kind]


@pytest.mark.parametrize("text", NO_DETAILS, ids=NO_DETAILS)
def test_personal_details_detector_leaves_clinical_numbers_and_past_hospitals_alone(
    text,
):
    assert detectors.detect_personal_details(text, hospitals=SAMPLE_HOSPITALS) == []


def test_an_obfuscated_email_is_redacted_whole():
    text = "write to mum.of.three [at] example.org any time"
    redacted = detectors.redact(text, detectors.detect_personal_details(text))
    assert redacted == "write to [email address removed] any time"


# The last session-2 round: one family per miss on crisis_fresh.jsonl, each with new
# sentences written for the family (not the sample's words) and harmless look-alikes.
FAMILY_CRISIS = [
    # common abbreviations
    ("honestly might kms if one more person tells me to stay positive", "suicide"),
    ("i just want to unalive myself and be done with scans", "suicide"),
    ("sh again tonight, first time since the summer", "self_harm"),
    ("Relapsed into self harm after the MRI results.", "self_harm"),
    # acquiring a means
    ("Ordered a strong rope online. It comes Thursday.", "suicide"),
    ("got hold of a noose, it's under my bed", "suicide"),
    # researching a method, or whether it would be found
    ("Does anyone know if morphine would show up in a post mortem", "suicide"),
    ("how much oxycodone would it take. not for my son", "suicide"),
    ("what's the most painless way to die, serious question", "suicide"),
    # others relieved if I died
    ("If I was gone my family would be relieved, one less mouth to feed.", "suicide"),
    ("They'd honestly be glad if I disappeared.", "suicide"),
    # someone else has a plan, or sees no point in living
    ("My brother has figured out how he'd do it and won't tell me more.", "suicide"),
    ("Mum says she can't see the point of going on without dad.", "suicide"),
    # farewells and affairs put in order
    (
        "I've left letters for my husband and daughter in the drawer. Thinking Sunday.",
        "suicide",
    ),
    (
        "Gave away all my books to my cousin. Told her I won't be needing them.",
        "suicide",
    ),
    (
        "How do you close a bank account after I die? I want it all sorted before I go.",
        "suicide",
    ),
    ("I've decided I'm going to join him. It's all arranged.", "suicide"),
    ("Im just waiting to die. I'd happily hurry it along.", "suicide"),
    # fixating on a means
    ("I kept his leftover tramadol and I keep lining it up and counting it", "suicide"),
    # hitting one's own body
    ("Keep hitting my own arms with the hairbrush when nobody's looking.", "self_harm"),
    ("banged my head against the door until I saw stars", "self_harm"),
    # a named adult, a few words, violence, a child
    (
        "Her stepdad came home from the pub at midnight and punched my nephew.",
        "child_danger",
    ),
    ("He threatened the kids with a belt last night.", "child_danger"),
    (
        "I'm frightened of what my partner will do to the children while I'm in hospital.",
        "child_danger",
    ),
    # neglect
    ("Their dad isn't feeding them while I'm on the ward with Lily.", "child_danger"),
    # a child telling of abuse
    (
        "My uncle comes in my bedroom when everyone's asleep and I don't like what he does",
        "child_danger",
    ),
    ("Our lodger told me it's our little secret and not to tell mum.", "child_danger"),
]
FAMILY_NOT_CRISIS = [
    "Did 5 kms round the park for the hospice fun run!",
    "The treatment centre is 40 kms away, any tips for the drive?",
    "Bought a skipping rope for her physio exercises.",
    "Ordered a rope swing for the garden now he's strong enough to play out.",
    "Does anyone know if the chemo will show up in her bloods next week?",
    "How much Calpol would it take to bring his temperature down, he's 4?",
    "If I died tonight I'd die happy, best Christmas dinner the ward has ever done.",
    "The surgeon has worked out how she'd do the second op, keyhole this time.",
    "Writing letters to my kids for their memory boxes, the nurses suggested it.",
    "Gave all my maternity clothes to my sister, I won't be needing them now she's weaned.",
    "I need the freezer sorted before I go back to work on Monday.",
    "We sorted our wills and life insurance after diagnosis, one less thing to worry about.",
    "Banging my head against a brick wall trying to get the school to listen.",
    "Hit my head on the cupboard door again, the kitchen is far too small.",
    "He hasn't been feeding well since the mucositis started.",
    "We haven't been feeding him by mouth since the NG tube went in.",
    "My toddler keeps coming into my bed at night, any tips?",
    "I'm scared of what the chemo will do to my son's hearing.",
    "My daughter told me she self-harmed back in 2021, before diagnosis. Therapy helped and she's in a good place now.",
    "The film has a character who takes an overdose, we switched it off.",
    "Grandad is just waiting to hear about his hip op.",
    "I keep counting them to make sure the pharmacy gave us enough for the weekend.",
]


@pytest.mark.parametrize(
    ("text", "kind"), FAMILY_CRISIS, ids=[t for t, _ in FAMILY_CRISIS]
)
def test_crisis_detector_finds_each_cue_family_in_new_words(text, kind):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize("text", FAMILY_NOT_CRISIS, ids=FAMILY_NOT_CRISIS)
def test_crisis_detector_leaves_look_alikes_of_each_cue_family_alone(text):
    assert detectors.detect_crisis(text) == []


def test_anchor_words_hold_for_the_new_cue_families_too():
    units = [unit for _, _, _, group in detectors._STRONG for unit in group]
    units += [unit for _, unit in detectors._WEAK] + [detectors._FOOD]
    texts = [t for t, _ in FAMILY_CRISIS] + FAMILY_NOT_CRISIS
    texts += [t for t, _ in FAMILY_CRISIS_MORE] + FAMILY_NOT_CRISIS_MORE
    texts += [t for t, _ in PROBE_CRISIS] + PROBE_NOT_CRISIS
    texts += [t for t, _ in PROBE3_CRISIS] + PROBE3_NOT_CRISIS
    texts += [t for t, _ in PROBE4_CRISIS] + PROBE4_NOT_CRISIS
    texts += [row["text"] for row in evaluation.load("crisis_fresh.jsonl")]
    for text in texts:
        sentences = detectors._Sentences(detectors._normalise(text))
        for unit in units:
            searched = set(sentences.holding(unit))
            for index, sentence in enumerate(sentences.text):
                if unit.pattern.search(sentence):
                    assert index in searched, (unit.pattern.pattern[:60], sentence)


def test_the_fresh_sample_now_a_development_set_stays_above_the_floor():
    # Read to fix the crisis cue families: a floor against regressions, not a measure.
    crisis = evaluate_crisis(evaluation.FRESH)
    assert crisis["recall"] >= 0.95 and crisis["precision"] >= 0.95


# The same round for personal details: one family per miss on
# personal_details_fresh.jsonl, new sentences and look-alikes.
DETAILS_FAMILIES = [
    # names spelled with hyphens, Mc/Mac and apostrophes
    ("My son is Lewis McAllister, he's on the ward with us.", "child_name"),
    ("Our daughter, Lily-Mae O'Connor, rings the bell on Friday!", "child_name"),
    ("Rosie Armstrong-Bell, 9, finished radiotherapy today", "child_name"),
    # a parent of a named child; a name and an age; a name and an admission
    ("Dad to Oliver Bennett here, first post.", "child_name"),
    ("Zara Okonkwo is 7 and loves dinosaurs.", "child_name"),
    ("Please send love to Evie May Carter, she's 2 and so brave.", "child_name"),
    ("Theo Nakamura was readmitted last night with a temperature.", "child_name"),
    # any hospital by its shape, and centres families name without "Hospital"
    ("We're at Leicester Children's Hospital until Thursday.", "hospital"),
    ("He's on ward 4 at Nottingham Children's for another week.", "hospital"),
    ("We start proton therapy at the Christie on Monday.", "hospital"),
    # a US street with a direction, a town, state and ZIP
    ("Cards welcome: 45 W. Maple Ave please!", "address"),
    ("Send post to our PO box, Austin TX 78701.", "address"),
]
NO_DETAILS_FAMILIES = [
    "Our Children's Centre runs a stay and play on Tuesdays.",
    "The Children's Society funded our holiday, so grateful.",
    "Gosh, what a week. Counts are finally up.",
    "Professor Amy Hart from Alder Hey gave a talk at the conference.",
    "Dr Sam Patel was transferred to another trust last year.",
    "Tom Jones is 82 and still touring.",
    "Harry is 4 and loves trains.",
    "My daughter is 15 and sitting her mocks.",
    "We were treated at Great Ormond Street years ago and she's thriving now.",
    "Ward 12, bed 3, room 4: we've had every number going this year.",
]


@pytest.mark.parametrize(
    ("text", "kind"), DETAILS_FAMILIES, ids=[t for t, _ in DETAILS_FAMILIES]
)
def test_personal_details_detector_finds_each_family_in_new_words(text, kind):
    found = detectors.detect_personal_details(text, hospitals=SAMPLE_HOSPITALS)
    assert [f.kind for f in found] == [kind]


@pytest.mark.parametrize("text", NO_DETAILS_FAMILIES, ids=NO_DETAILS_FAMILIES)
def test_personal_details_detector_leaves_look_alikes_of_each_family_alone(text):
    assert detectors.detect_personal_details(text, hospitals=SAMPLE_HOSPITALS) == []


def test_the_fresh_details_sample_now_a_development_set_stays_above_the_floor():
    details = evaluate_personal_details(evaluation.FRESH)
    assert details["recall"] >= 0.9 and details["precision"] >= 0.9


# Second pass over the same families: wider phrasings, and look-alikes that the first
# version of the new cues wrongly fired on (checked before the cues were narrowed).
FAMILY_CRISIS_MORE = [
    ("thinking about unaliving tbh, nobody gets it", "suicide"),
    ("I've bought enough paracetamol to make sure this time", "suicide"),
    ("Giving away my PS5 to my cousin. I won't need it.", "suicide"),
    ("got a rope from the shed. it's time.", "suicide"),
    ("found the old noose I made last year", "suicide"),
    ("would 40 of my sertraline show up in a post mortem", "suicide"),
    ("i keep counting her morphine and lining it up", "suicide"),
    ("slamming my fists against the wall till my knuckles split", "self_harm"),
    ("my boyfriend came back from the pub and slapped my daughter", "child_danger"),
    ("I'm terrified of what he'll do to the kids tonight", "child_danger"),
    (
        "my stepdad comes into my bedroom at night and i dont like what he does",
        "child_danger",
    ),
]
FAMILY_NOT_CRISIS_MORE = [
    "How many paracetamol does it take, 2 or 4 for a 12 year old?",
    "She's worked out how she'd do it, the whole sponsored walk in one day!",
    "If I was gone for the weekend the house would be easier to keep tidy lol",
    "I'm just waiting to die of boredom in clinic. I'd speed it up if I could.",
    "It's the anniversary next week. I've decided I'm going to be with her that day at the grave. It's all planned.",
    "Dad told me it's our little secret what he got mum for Christmas.",
    "Bought enough Calpol and paracetamol to get us through the winter.",
    "Lol I'd kms if I had to sit through another PTA meeting",
    "I did a 10 kms sponsored walk for the ward",
    "We bought a rope for tug of war at the ward party",
    "The coroner is checking whether the morphine shows up in the post mortem.",
    "How many sessions of radiotherapy would it take to shrink it, did they say?",
    "If I died tomorrow I'd want my kids to know how proud I am.",
    "Giving away my old baby clothes to the ward, we won't be needing them now he's 3.",
    "I've decided I'm going to be with him every day on the ward. It's all sorted with work.",
    "A woman on the ward told me she used to self harm. It made me cry.",
    "Banging my head against the wall with the DLA forms, honestly.",
    "My ex turned up late and hugged my son, it was sweet.",
    "My grandson comes into my room at night for cuddles.",
    "Film night on the ward! The main character takes an overdose, so maybe not for the younger ones.",
    "Everyone would be relieved if I stopped talking about scan results lol",
    "I'm scared of what the steroids will do to my son's mood.",
    "How do I get a facebook page memorialised after someone dies? Want it sorted before I go back to work.",
    "I'd speed it up if I could, this waiting for results is torture.",
]


@pytest.mark.parametrize(
    ("text", "kind"), FAMILY_CRISIS_MORE, ids=[t for t, _ in FAMILY_CRISIS_MORE]
)
def test_crisis_detector_finds_wider_phrasings_of_the_new_families(text, kind):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize("text", FAMILY_NOT_CRISIS_MORE, ids=FAMILY_NOT_CRISIS_MORE)
def test_crisis_detector_leaves_everyday_uses_of_the_new_cue_words_alone(text):
    assert detectors.detect_crisis(text) == []


# A second probe, in other voices (terse, non-native, teenage): before the change it
# found 9 of 20 crisis sentences and raised 2 false alarms on 25 look-alikes.
PROBE_CRISIS = [
    ("cant do this no more. the tablets are in my coat pocket.", "suicide"),
    ("I am not wanting to live any more since my boy passed", "suicide"),
    ("tbh i dont see myself being alive by christmas", "suicide"),
    ("The kids would do better with me out of the picture for good", "suicide"),
    (
        "I drove to the bridge last night and sat there for an hour. Nearly did it.",
        "suicide",
    ),
    ("my hands keep going to the knife drawer when I'm alone", "suicide"),
    (
        "If this scan is bad I'm not doing this anymore. I've got it all planned out.",
        "suicide",
    ),
    ("just took 30 of my mums sleeping pills", "suicide"),
    ("how high does a car park need to be", "suicide"),
    ("Wrote my note. It's under my pillow.", "suicide"),
    ("my son got hold of his dads gun and says he'll shoot himself", "suicide"),
]
PROBE_NOT_CRISIS = [
    "If this scan is clear I'm booking a holiday, it's all planned out!",
    "The pills are in the blue box, morning and night.",
    "He's taken 12 of his tablets so far this week, all as prescribed.",
    "How high does the hospital bed need to be for the hoist?",
    "My toddler keeps reaching for the knife drawer, we've fitted a lock.",
    "Finished my letter to Santa, it's under my pillow!",
    "Ran to the bridge and back. Nearly did it in under 30 minutes.",
    "I'll shoot myself in the foot if I complain again.",
    "I don't see myself being here by Christmas, we'll have moved to Leeds by then!",
    "My dad used to hit us when we were small. I've made sure my kids never see that.",
    "She's been scratching her arms raw, the eczema is awful with the chemo.",
]


@pytest.mark.parametrize(
    ("text", "kind"), PROBE_CRISIS, ids=[t for t, _ in PROBE_CRISIS]
)
def test_crisis_detector_finds_the_second_probe_in_other_voices(text, kind):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize("text", PROBE_NOT_CRISIS, ids=PROBE_NOT_CRISIS)
def test_crisis_detector_leaves_the_second_probe_look_alikes_alone(text):
    assert detectors.detect_crisis(text) == []


# A third probe (children in danger, self-harm, long posts, fathers): before the change
# it found 9 of 15 and raised 2 false alarms in 15 look-alikes.
PROBE3_CRISIS = [
    (
        "My grandson told me his mother leaves him alone all night and there's no food in the house. He's 6.",
        "child_danger",
    ),
    ("she burns him with cigarettes, I saw the marks at the weekend", "child_danger"),
    (
        "The baby's lips have gone blue and she's not breathing properly, we're 2 hours from A&E and no car",
        "child_danger",
    ),
    ("My 13 year old has been cutting, I found blades in her pencil case", "self_harm"),
    (
        "been picking at my skin until it bleeds on purpose, it's the only thing that helps",
        "self_harm",
    ),
    ("i starve myself most days now, it feels like control", "self_harm"),
    (
        "He's 15 and he told me he doesn't want to be here any more. I don't know what to do.",
        "suicide",
    ),
    ("Our eldest has searched how to tie a noose on the family laptop.", "suicide"),
    (
        "Long post sorry. Scans went okay-ish, the ward was busy, the parking is a nightmare as always, my sister came up to help with the little one. Honestly I've been thinking it would be easier for everyone if I just wasn't around. Anyway, the consultant is lovely.",
        "suicide",
    ),
    ("not gonna lie ive been planning how to do it", "suicide"),
    (
        "Dad here. Not coping. Thinking of driving into a wall on the way home.",
        "suicide",
    ),
    ("my stepmum locks me in my room without food when dad's away", "child_danger"),
    ("Sorry for this. I won't be around to see the results.", "suicide"),
    (
        "I keep thinking about jumping in front of the train on the way to the hospital",
        "suicide",
    ),
    (
        "there's a bottle of vodka and all my pills on the table in front of me",
        "suicide",
    ),
]
PROBE3_NOT_CRISIS = [
    "Grandma left him alone for five minutes to get the post and he was fine, I overreacted.",
    "The steroids are making her starving all the time, she eats everything.",
    "The baby's lips went blue at the last check-up but it was just the cold, all fine now.",
    "My 13 year old has started cutting her own fringe, disaster.",
    "He's 15 and doesn't want to be here at the fundraiser, typical teenager.",
    "Dad here. Not coping with the parking charges. Thinking of writing to the MP.",
    "I won't be around to see the results tomorrow, work trip, so my husband is going.",
    "I keep thinking about the train journey home, three changes with a buggy.",
    "There's a bottle of wine and a box of chocolates on the table, don't judge me.",
    "Our eldest searched how to tie a tie for his first job interview!",
    "I've been planning how to do the fundraiser, any ideas?",
    "We lost our boy last spring. Some days I can't breathe for missing him.",
    "He punched a hole in the wall when they said relapse. Then he cried for an hour.",
    "My mum says she's too old to be scared of dying, she's 94 and ready whenever.",
    "I'm fine honestly, just tired. Chemo day tomorrow.",
]


@pytest.mark.parametrize(
    ("text", "kind"), PROBE3_CRISIS, ids=[t[:60] for t, _ in PROBE3_CRISIS]
)
def test_crisis_detector_finds_the_third_probe_of_children_self_harm_and_long_posts(
    text, kind
):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize("text", PROBE3_NOT_CRISIS, ids=PROBE3_NOT_CRISIS)
def test_crisis_detector_leaves_the_third_probe_look_alikes_alone(text):
    assert detectors.detect_crisis(text) == []


# A fourth probe, mostly this community's look-alikes of the new cues (goodbyes to the
# ward, deleted socials, affairs in order after a diagnosis, a note about a biscuit):
# before the change 5 of 10 crisis found and 1 false alarm in 30 ('I want to die' lol,
# left firing: a teenager's joke and a teenager's crisis read alike).
PROBE4_CRISIS = [
    (
        "i'm so tired of fighting. i've said goodbye to my mates and deleted my socials.",
        "suicide",
    ),
    (
        "Mum's boyfriend shoved my little sister down the stairs and told us not to tell anyone",
        "child_danger",
    ),
    (
        "grandad here. since the funeral i have put my affairs in order and i am ready to go and be with my wife",
        "suicide",
    ),
    ("been cutting my thighs where nobody can see", "self_harm"),
    (
        "my daughter (16) left a note saying sorry and she's not answering her phone",
        "suicide",
    ),
    ("I've been hoarding my oxycodone for weeks.", "suicide"),
    ("the voices say i should end it tonight", "suicide"),
    ("He said if I leave he'll kill the kids.", "child_danger"),
    ("i took everything in the medicine cabinet an hour ago", "suicide"),
    ("can't stop thinking about stepping in front of a bus", "suicide"),
]
PROBE4_NOT_CRISIS = [
    "Our son died eight weeks ago. I've given his toys to the hospital playroom. It felt right.",
    "I've put my affairs in order since the diagnosis, as the nurse suggested, and it's a relief.",
    "My wife and I are ready to go home! Discharge day!",
    "Said goodbye to the ward team today, we'll miss them.",
    "Deleted my socials for a bit, too many ads for baby stuff.",
    "She left a note saying sorry she ate the last biscuit, cheeky.",
    "The oncologist said we'll end it tonight — the last infusion, I mean. Last one ever!",
    "He's been hoarding sweets in his bedside drawer since the steroids.",
    "I could have killed him when he forgot the appointment letter.",
    "I'm tired of fighting with the council about the blue badge.",
    "If she leaves her meds one more time I'll kill her, honestly.",
    "We're ready to go and be with the family for Christmas.",
    "He hit the ceiling when he saw the parking bill.",
    "The little one threw her beaker at her brother, standard Tuesday.",
    "Stepping in front of the camera for the charity advert was terrifying!",
    "Took everything in the medicine cabinet to the pharmacy to dispose of it after she passed.",
    "His counts are dead low so no school this week.",
    "I wanted the ground to swallow me up when she announced it to the whole waiting room.",
    "I hit my limit today and cried in the car park. Better now after a coffee.",
    "The kids were screaming blue murder over the iPad.",
    "The bereavement nurse gave us a booklet about how children grieve.",
    "We've written a letter to her school so the teachers know about the port.",
    "My son says he feels like a burden to his sister. We're getting him some counselling and he's doing better.",
    "I'm scared she won't survive the transplant. Everyone keeps saying stay positive.",
    "I'm going to miss him so much when he goes off to uni.",
    "Going to disappear for a few days, phone off, family time in Wales.",
    "This is my last post for a while, taking a break from the forum.",
    "Giving away all my maternity stuff to the baby bank.",
    "How many paracetamol can a 10 year old have in 24 hours?",
]


@pytest.mark.parametrize(
    ("text", "kind"), PROBE4_CRISIS, ids=[t[:60] for t, _ in PROBE4_CRISIS]
)
def test_crisis_detector_finds_the_fourth_probe(text, kind):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize(
    "text", PROBE4_NOT_CRISIS, ids=[t[:60] for t in PROBE4_NOT_CRISIS]
)
def test_crisis_detector_leaves_this_communitys_look_alikes_of_the_new_cues_alone(text):
    assert detectors.detect_crisis(text) == []
