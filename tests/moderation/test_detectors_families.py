"""Session 3: cue families found missing on crisis_fresh2.jsonl and crisis_fresh3.jsonl
(read for this round, so development sets now), and the second, whole-post layer.

Every sentence here is invented for its family, not taken from a sample: crisis
sentences in many voices, and look-alikes from this community's everyday posts that
share the family's words (hyperbole, clinical talk, grief, recovered past crises,
fiction, screening questions answered no)."""

import pytest

from moderation import detectors, evaluation
from moderation.evaluation import evaluate_crisis
from tests.moderation.test_detectors import assert_anchors_hide_nothing

# Measured before the change: 6 of 55 found, 9 false alarms in the 64 look-alikes below
# (palliative wishes, screening answered no, leaflets, a recovered past, embarrassment).
CRISIS = [
    # euphemisms and passive wishes
    ("Every night I pray the Lord just won't let me wake up.", "suicide"),
    ("hoping this chest infection finally takes me tbh", "suicide"),
    ("I wish that bus had actually hit me this morning.", "suicide"),
    ("Some mornings I hope a truck ploughs into me on the way to clinic.", "suicide"),
    ("I'm tired for life. I think every night how to end me.", "suicide"),
    ("The kids would be better off if the tumour just won.", "suicide"),
    ("I'm worth more to my family dead than alive with the insurance.", "suicide"),
    ("They'd cope better on the life insurance money than with me here.", "suicide"),
    (
        "When my boy goes, I go. I've no wish to stay on without him.",
        "suicide",
    ),
    (
        "If the trial doesn't work I've decided I'm going with him. I can't stay here without him.",
        "suicide",
    ),
    # a previous attempt and next time
    (
        "Took the tablets in May and woke up in resus. Next time I'll make sure.",
        "suicide",
    ),
    ("Last time I failed. Next time I won't mess it up.", "suicide"),
    # means and method
    (
        "Sat in the garage last night with the engine running and the door down.",
        "suicide",
    ),
    ("found a hosepipe taped to the exhaust of his car", "suicide"),
    ("Would the loft beam hold a grown man's weight, asking seriously.", "suicide"),
    ("how much of my dad's oramorph would it take for a woman my size", "suicide"),
    ("been saving my diazepam for months. got a good stash now", "suicide"),
    ("I keep the tablets instead of taking them. Saving them up.", "suicide"),
    (
        "Counted out all my sleeping pills on the bed. Plenty. Just needed someone to know.",
        "suicide",
    ),
    (
        "I sat with the shotgun loaded across my knees for an hour last night.",
        "suicide",
    ),
    (
        "Drove to the top floor of the car park and stood at the edge for ages looking down.",
        "suicide",
    ),
    ("Booked a one way ticket to the coast. I won't be needing a return.", "suicide"),
    # plans, dates, decisions
    ("I've got a plan and a date. Strangely I feel calm about it.", "suicide"),
    ("Planning to finish it all the week after her anniversary.", "suicide"),
    (
        "After Christmas I'm done. I'll hold it together for the girls till then.",
        "suicide",
    ),
    (
        "Sorted the will and left the bank passwords in an envelope for my brother. Friday is as good a day as any.",
        "suicide",
    ),
    (
        "Cleared out my locker at work and gave my tools to my apprentice. My mind's made up.",
        "suicide",
    ),
    (
        "I've written each of the girls a letter and the insurance is sorted so they'll be ok.",
        "suicide",
    ),
    ("Told her at the grave I'd join her soon. I mean it this time.", "suicide"),
    (
        "I could just vanish and no one would notice. Been thinking about making it happen.",
        "suicide",
    ),
    (
        "If I wasn't around any more they'd probably not notice for days. Easier for everyone.",
        "suicide",
    ),
    # farewells and someone unreachable
    (
        "My sister messaged 'sorry for everything, look after mum' and her phone is switched off.",
        "suicide",
    ),
    (
        "My husband left a text saying take care of the kids and now he isn't answering.",
        "suicide",
    ),
    ("My 16 year old wrote that we'd all be happier without her.", "suicide"),
    # self-harm
    ("I burn the back of my hand with a lighter in the toilets at work.", "self_harm"),
    ("Punched the bathroom door till my knuckles bled.", "self_harm"),
    ("I bang my head against the wall until it hurts, then I can think.", "self_harm"),
    ("I keep picking at my stitches on purpose so they don't heal.", "self_harm"),
    ("Haven't eaten in four days on purpose. I don't deserve to.", "self_harm"),
    ("Swallowed 10 ibuprofen, not to die, just to feel something else.", "self_harm"),
    ("She has fresh cuts on the insides of both her arms.", "self_harm"),
    (
        "Wearing long sleeves in August again. The habit's back after three years clean.",
        "self_harm",
    ),
    (
        "Doing the thing with the blade again, only where my shorts cover it.",
        "self_harm",
    ),
    (
        "There's blood on his pillowcase and the blades are gone from his sharpener.",
        "self_harm",
    ),
    # a child in danger
    ("Mummy shook him hard because he wouldn't stop crying.", "child_danger"),
    (
        "My ex won't take our daughter to her radiotherapy, she's missed two weeks.",
        "child_danger",
    ),
    (
        "Her dad has stopped giving her the chemo tablets and says he'll let nature decide.",
        "child_danger",
    ),
    (
        "The little ones are being left on their own in the house for days.",
        "child_danger",
    ),
    (
        "A man she met on a game keeps asking my 12 year old for photos and says he'll share them if she tells.",
        "child_danger",
    ),
    ("He touched her under her pyjamas and told her it was a secret.", "child_danger"),
    (
        "My stepdad comes into my room when everyone's asleep and says no one would believe me. I'm 12.",
        "child_danger",
    ),
    (
        "I keep imagining putting a pillow over the baby's face so she stops screaming.",
        "child_danger",
    ),
    (
        "My partner said none of us will be alive by Christmas. The kids are in the next room.",
        "child_danger",
    ),
    ("He's driven off with the kids after drinking all afternoon.", "child_danger"),
    ("My son's dad locks him in his bedroom for hours when he's sick.", "child_danger"),
]

# Look-alikes: everyday, clinical, past, fiction, grief — the same words, no crisis.
NOT_CRISIS = [
    "I want to die in my own bed, not on a ward, when my time comes, said Gran.",
    "She wants to die at home with her dogs, and the hospice team will help us do that.",
    "The nurse asked me at the clinic if I ever had thoughts of hurting myself. No, never.",
    "The leaflet says sertraline may cause thoughts of self-harm in teenagers.",
    "I literally wanted to die when she sang in the lift. So embarrassing!",
    "Three years ago I was suicidal after the diagnosis. I'm well now and I volunteer on the helpline.",
    "I self-harmed as a student. The scars have faded now and I can talk about it.",
    "I don't want to be here any more, this ward is freezing. Home on Friday hopefully!",
    "Would the beam in the garage hold a swing for the kids?",
    "How much Calpol would it take for a 12 kilo toddler, the bottle's confusing.",
    "Saving my annual leave for when she's out of hospital.",
    "Counted the tablets with the pharmacist, enough for the whole holiday.",
    "We sat with the dog for an hour at the vet's before she went.",
    "Stood at the edge of the pool for ages before he finally jumped in!",
    "Booked a one way ticket home, hubby is driving us back.",
    "I've got a plan for the fundraiser and a date for the bake sale.",
    "Planning to finish the marathon training after Christmas.",
    "After Christmas I'm done with the school run, Dad's taking over.",
    "Friday is as good a day as any to start the new meds.",
    "Cleared out my locker at work because I'm going part-time to care for her.",
    "I've written each of the teachers a letter about her port.",
    "Sorted the life insurance claim after Dad died, what a palaver.",
    "I mean it this time, no more crisps after eight.",
    "I could just vanish into a bath for a week. Bliss.",
    "If I wasn't around the house every day they'd never tidy up.",
    "Just wanted someone to know how proud I am of him today.",
    "The ward phone went straight to voicemail, so we drove in.",
    "My husband left a text saying he'd pick up the kids.",
    "We'd all be happier without the steroid rages, honestly.",
    "Burned the back of my hand on the oven tray making tea, ouch.",
    "He punched the wall when we got the news. We're both in bits.",
    "She bangs her head on the cot when she's tired, the health visitor says it's normal.",
    "I cut my fringe on purpose, it's not a disaster I promise.",
    "He picks at his PICC dressing, the nurses had to tape it over.",
    "Haven't eaten in four days because of the mucositis, it's awful.",
    "Took 2 ibuprofen for the headache, feeling better.",
    "She has cuts on her arms from the cat, nothing sinister.",
    "Long sleeves in August for the radiotherapy rash, doctor's orders.",
    "The blades on his sharpener keep falling out, any tips?",
    "There was blood on his pillowcase from a nosebleed, platelets are low.",
    "Mummy shook hands with the consultant, very British.",
    "The consultant will stop the chemo if her counts don't recover.",
    "My ex won't take our daughter to the cinema because of infection risk.",
    "We let nature decide what the garden looks like this year.",
    "Left the twins on their own in the playroom for five minutes.",
    "Grandma keeps asking the kids for photos of their drawings.",
    "He touched her hand and told her it was a secret recipe.",
    "My grandson comes into my room in the mornings for a story.",
    "Picturing her face when she rings the bell, I'll cry.",
    "None of us will be around this weekend, we're at the coast.",
    "Dad drove the kids to school after a coffee.",
    "She locks herself in her bedroom for hours playing games, typical teen.",
    "After the funeral on Friday I'm done in, need a week off.",
    "I've made my mind up: we're getting a puppy.",
    "I feel calm about the scan now we have a plan.",
    "When my boy goes to uni, I'll cry buckets.",
    "Next time I'll make sure I bring snacks to clinic.",
    "Sat in the car park with the engine running to keep warm.",
    "Our gran's shotgun is in the cabinet, locked, licensed, she shoots clays.",
    "Long post sorry. Sorted the will, the passwords and the pension after Dad's funeral, it's all done now and I'm relieved.",
    "My best friend texted 'look after yourself' and then her phone died, typical.",
    "I'm 14 and the man at the clinic asked for my photo ID, normal?",
    "Our 13yo went really quiet when her uncle came round, she doesn't like his jokes.",
    "I'm scared of myself in a good way, I actually ran a 10k!",
]


# A second probe, written after the families above and measured before changing the
# detector again: 8 of 30 found, 5 false alarms in 50 look-alikes (long everyday posts
# with the new cue words scattered through them, shared care, bullying, a garage door
# stuck). The families it showed missing were then added; the two left below as
# comments are still missed (too indirect for a cue: "go first to get the room ready").
PROBE_CRISIS = [
    ("honestly just want to go to sleep and stay asleep this time", "suicide"),
    # ("I keep hoping the scan shows something in me too so I don't have to do
    #  anything myself", "suicide"): missed
    # ("My wife … said she might just go first to get the room ready for her.",
    #  "suicide"): missed
    ("i looked up how long it takes to bleed out. dont judge me", "suicide"),
    (
        "Bought two boxes of paracetamol from the big Tesco and two from the chemist so nobody asks questions.",
        "suicide",
    ),
    ("The rope's in the loft. I check it's still there most nights.", "suicide"),
    (
        "Taking the dog to my sister's for good tomorrow and then that's everything sorted.",
        "suicide",
    ),
    (
        "I've cancelled the direct debits and left the car keys with my neighbour. Nothing else to do now.",
        "suicide",
    ),
    (
        "Everybody here has been so kind. I won't be posting again. Please give Lily a cuddle from me.",
        "suicide",
    ),
    (
        "I don't plan on being here for the next round of scans. Made my choice.",
        "suicide",
    ),
    (
        "Sorry to be dark but I've been reading about which bridges don't have nets.",
        "suicide",
    ),
    ("I'm a drain on everyone. Gonna sort it tonight one way or another.", "suicide"),
    (
        "if relapse comes back positive i'm out. like properly out. i've got the stuff.",
        "suicide",
    ),
    (
        "dad here. drove past the quarry three times today. thought about not turning the wheel.",
        "suicide",
    ),
    (
        "My mum (72) told me she's stopped taking her heart pills on purpose so she won't be a burden while we're at the hospital.",
        "suicide",
    ),
    ("Wrote my goodbyes in the notes app. Not sent them yet.", "suicide"),
    ("I've been biting my arm till it bleeds when the nurses leave.", "self_harm"),
    ("sh urges are so loud tonight, the sharpener's right there", "self_harm"),
    (
        "Caught my 12 year old scratching her wrists with a paperclip until they bled.",
        "self_harm",
    ),
    (
        "Every time he has a bad day on chemo I dig my nails into my arms until there's blood.",
        "self_harm",
    ),
    ("I've been holding my hand on the hot radiator till it blisters.", "self_harm"),
    (
        "My partner hits our son with a slipper when he wets himself from the steroids.",
        "child_danger",
    ),
    (
        "my mums boyfriend said hed break my brothers legs if he cried again",
        "child_danger",
    ),
    (
        "She's 4 and febrile, 39.8, neutropenic, and the taxi hasn't come and the ward won't answer.",
        "child_danger",
    ),
    (
        "Our neighbour's little boy is out in the garden in a nappy at 11pm again, nobody's home.",
        "child_danger",
    ),
    (
        "I'm scared I'll shake her. I put her in the cot and walked out and I'm shaking.",
        "child_danger",
    ),
    (
        "My ex has taken our son and switched his phone off. He said we'll never see him again and he's not got his meds.",
        "child_danger",
    ),
    (
        "The babysitter's boyfriend showed my daughter videos on his phone and told her not to tell mummy.",
        "child_danger",
    ),
    (
        "My 14 year old said she's going to take all her tablets at once and then went quiet in her room.",
        "suicide",
    ),
    (
        "My brother said on the phone he's just going to walk into the sea after the funeral.",
        "suicide",
    ),
]
PROBE_NOT_CRISIS = [
    "Long post sorry. Consultant came round late again. I've made my mind up about the port, we're going for it. Also sorted the will and power of attorney with the solicitor as the social worker suggested. Feeling more organised!",
    "Thank you all for the last three years. Jack is five years clear and we're stepping back from the forum. Look after each other. Goodbye and good luck!",
    "I'm done! Last chemo today! Thank you everyone, I love you all. Goodbye chemo ward!",
    "Wrote each of the nurses a letter to say thank you, they're angels.",
    "My husband isn't answering, his phone's dead again, typical. He's probably in the car park queue.",
    "I mean it this time, I'm not letting the school fob me off again.",
    "Just wanted someone to know she ate a whole yoghurt today!",
    "We gave away all his old toys to the playroom, he's outgrown them, he's 11 now.",
    "The life insurance finally paid out for my husband's critical illness claim, so we can pay the mortgage while I'm off.",
    "Planning to finish the quilt before her birthday.",
    "Sat with her for hours while she slept, the ward was so quiet.",
    "I counted his meds three times before we left for the holiday, paranoid mum.",
    "I'm ready. Bags packed for transplant tomorrow, nervous but ready.",
    "My mind's made up: no more Dr Google after 9pm.",
    "Told the psych I'm fine and I actually am fine, first time in months.",
    "She said she'd be happier without the NG tube. Fair enough.",
    "Dad used to say he'd go when his time came and not a day before. He was 91.",
    "There's blood on her pillow from the nosebleeds again, platelets 8.",
    "He keeps picking at his scabs from the chickenpox, the nurse says leave it.",
    "My son says the other kids will post the video everywhere if he tells the teacher they pushed him. Going to the school tomorrow.",
    "I went to the bridge where we scattered his ashes and stood there for ages. Miss him so much.",
    "The garage door was stuck so I sat with the engine running for ten minutes while my husband fixed it.",
    "Would the banister hold the stair gate, anyone know?",
    "How many ibuprofen would it take to help with a fever like this, 1 or 2 for a 40kg teen?",
    "Been saving my leftover pain meds to take back to the pharmacy for disposal.",
    "I won't be needing the return ticket, my brother is driving me home after the appointment.",
    "Her dad won't take her to chemo on Thursdays, so I do it and he does Mondays.",
    "My sister is left alone on the ward for hours when I go to work, it breaks my heart.",
    "My daughter's boyfriend comes into her room to play games, door open rule obviously.",
    "None of us will be around on Saturday, we're at the charity walk.",
    "I've had my life, says my 90 year old gran, but she's still booking cruises.",
    "I wish this infection would take a hike. Third week in.",
    "My ex hit the roof when I told him about the relapse.",
    "Someone on the ward said her mum locked her in the bathroom as a punishment when she was small, and she's fine now.",
    "I self-harmed in my teens. I'm in a good place now and I'm telling you so you know it gets better.",
    "I could literally vanish into that new bath. Bliss.",
    "Watching a documentary about a man who jumped off a bridge and survived. Incredibly moving.",
    "The book's main character writes letters to each of her kids before she dies. I sobbed.",
    "Asked by the GP if I had any plan to end my life. I said no, just exhausted.",
    "After the 21st I'm done with steroids, yippee!",
    "Friday seems as good a day as any.",
    "Counted all the tablets in the pharmacy bag, they gave us 30 instead of 60.",
    "Burning the candle at both ends this week with the ward and work.",
    "He punched the pillow till he fell asleep, poor thing is so angry at the steroids.",
    "I'd rather die than do another bake sale, lol. Kidding, I'll do the brownies.",
    "Goodbye 2026, you were awful. Here's hoping next year is kinder.",
    "Please look after my girl for me while I nip to the canteen, said the mum next bed.",
    "My husband's phone is off and I can't reach him, he's on a flight to Aberdeen for work.",
    "Sorry for everything I said in my last post, I was angry. The team have been great.",
    "My son wants to die his hair blue for the bell ringing, is that allowed with a port?",
]


# A third probe, in other voices (grandparents, non-native writers, siblings, teenagers)
# and with look-alikes that reuse the new cue words (memorial pages, legacy letters,
# a solicitor's advice, a teenager's "rather be dead than wear that gown"), measured
# before changing the detector: 6 of 25 found, 4 false alarms in 45 (and 7 signposted).
PROBE3_CRISIS = [
    (
        "grandad here. ive had a good innings. the tablets the hospice left are in my drawer and ive counted them twice.",
        "suicide",
    ),
    (
        "Me English not good. I think every day to go off the bridge near hospital. My wife not know.",
        "suicide",
    ),
    ("tbh if i dont wake up tmrw thats fine by me. might help it happen", "suicide"),
    (
        "i've been giving away my games and my hoodies to my mates. they think i'm being nice lol",
        "suicide",
    ),
    (
        "I've finished writing to each of the kids. The envelopes are in the bureau. Tonight feels right.",
        "suicide",
    ),
    (
        "Found my husband's search history: 'how long does carbon monoxide take'. He's in the garage now.",
        "suicide",
    ),
    (
        "Pretty sure I won't be around for her next birthday, and honestly I'm fine with that. Everything's in order.",
        "suicide",
    ),
    (
        "My daughter (17) has been giving her things away and told her best friend 'it won't matter soon'.",
        "suicide",
    ),
    (
        "sister here. my brother texted me 'tell mum i love her' and now he's not picking up. he's 19",
        "suicide",
    ),
    (
        "I've stopped taking my antidepressants and I'm keeping them in a jar instead. About 80 now.",
        "suicide",
    ),
    (
        "Nobody would even notice if I stopped turning up. I've thought about how I'd do it.",
        "suicide",
    ),
    (
        "It would be so easy to just keep driving past the hospital exit and into the river.",
        "suicide",
    ),
    (
        "I'm the problem. Everyone would be fine without me dragging them down. Soon they won't have to.",
        "suicide",
    ),
    (
        "Mum keeps saying she wants to go to sleep and be with Dad and the baby. She's stopped eating and hides her tablets.",
        "suicide",
    ),
    (
        "been pulling my hair out in clumps when i'm stressed, there's a bald patch now and i hide it with a hat",
        "self_harm",
    ),
    (
        "My 15 year old has burn marks on her arms in neat rows. She says it's from the oven.",
        "self_harm",
    ),
    (
        "I scratch my legs with my keys in the car park until they bleed before I go in.",
        "self_harm",
    ),
    ("I hurt myself again last night. Nobody knows.", "self_harm"),
    (
        "The boy next door has bruises on his neck again and his dad was screaming at him last night.",
        "child_danger",
    ),
    (
        "My husband grabbed our 3 year old by the arm and threw her on the sofa. She's got marks.",
        "child_danger",
    ),
    (
        "my uncle sends me messages at night and says i can't tell anyone or he'll hurt my mum. im 11",
        "child_danger",
    ),
    (
        "Her temperature's 40 and she's floppy and the out-of-hours line just rings and rings.",
        "child_danger",
    ),
    (
        "I can't stop thinking about hurting the baby when she cries. I've put her down and gone outside.",
        "child_danger",
    ),
    (
        "Step-mum leaves my 6 year old brother at home on his own all weekend when dad's working away.",
        "child_danger",
    ),
    (
        "My ex says he'll take the kids abroad and I'll never see them again, he's booked flights.",
        "child_danger",
    ),
]
PROBE3_NOT_CRISIS = [
    "Give my boy a cuddle from me, I wrote on his memorial page. Two years today.",
    "I won't be posting again for a while, focusing on family. Thank you all.",
    "We wrote letters to each of the grandkids for their memory boxes, the nurse suggested it.",
    "Everything's in order for the transplant: bags, chargers, snacks. I'm ready.",
    "Our son (15) gave his old games away to his cousin, he's into football now.",
    "My husband texted 'tell mum I love her' while she was in surgery, it made me cry.",
    "I'm keeping her tablets in a jar by the bed so I don't forget the evening dose.",
    "Nobody would notice if I stopped doing the washing, lol, they'd all just wear it again.",
    "It would be so easy to just keep driving past the hospital and go to the seaside instead.",
    "Everyone would be fine without me for one night, so I'm going to the pub with the girls!",
    "My mum wants to go to sleep and sleep for a week after this ward round.",
    "My husband looked up how long a CT takes, he's so anxious.",
    "She has burn marks on her arms from the radiotherapy, the nurses gave us cream.",
    "I scratch my legs at night because of the chemo itch, any creams?",
    "The boy next door has bruises on his legs from football, he's so rough and tumble.",
    "My husband grabbed our 3 year old by the arm just before she ran into the road, thank god.",
    "My uncle sends me messages every night asking how the chemo went, he's lovely.",
    "Her temperature's 38 and she's a bit floppy, we're in the car on the way to the ward now.",
    "I can't stop thinking about holding the baby, I miss her so much since she died.",
    "Dad's working away so Step-mum has the kids all weekend, they're making pancakes.",
    "My ex says he'll take the kids abroad in the summer, we've agreed the dates.",
    "Been pulling my hair out over the DLA form, honestly.",
    "Scan results tomorrow. I'm done in, it's been a long week. Going to bed.",
    "I've made my mind up, we're switching hospitals for the second opinion.",
    "I mean it this time, I'm going to bed before midnight.",
    "Tonight feels right for a takeaway. Nothing else to do now till the results.",
    "My will is sorted, the solicitor said everyone should do it after a diagnosis like mine. Feels responsible.",
    "Thank you all for being here. I love you all. Goodbye for now, off to Great Ormond Street for three weeks!",
    "Sorry for this long post. I just needed to write it somewhere. Her counts are up, we're going home.",
    "I've got a plan and a date for the bell ringing party!",
    "Wrote my goodbyes to the ward team in a card, we're finally going home.",
    "I don't plan on being here next year, we're moving to Cornwall after treatment.",
    "If the scan is clear I'm out of here! Booking Disneyland.",
    "My son (16) said he'd kill for a pizza after the transplant diet.",
    "The nurse asked if I'd been having thoughts of ending it. No, I'm sad, not that.",
    "In the film the dad leaves letters for each of his kids and then takes all his pills. I was in bits.",
    "Ten years ago I had a plan and a date. I got help, I'm well now, and I run the parents' group.",
    "Our neighbour's boy is out in the garden at 10pm with his dad fixing the bike.",
    "He's been counting his tablets every morning, so proud of him managing his own meds.",
    "I stood at the edge of the pier for ages watching the boats, first calm moment in months.",
    "Our dog's going to my sister's for good, we can't manage him with the hospital schedule.",
    "Left the car keys with my neighbour so she can move it while we're on the ward.",
    "Please look after each other this Christmas. Love from the committee.",
    "Just wanted someone to know it's her birthday today. She'd have been seven.",
    "I'd rather be dead than wear that hospital gown again, says my teenager, dramatic as ever.",
]


# A fourth probe (teenagers' shorthand, in-laws, partners' texts, purging, a teacher's
# report) measured before changing the detector: 10 of 25 found, 2 false alarms in 25
# (a letter for an anniversary, a car nap on long drives).
PROBE4_CRISIS = [
    ("thinking about ctb again. nobody would even miss me", "suicide"),
    ("so done with life rn. i just want everything to stop forever", "suicide"),
    ("I'm so tired. I want it all to stop and I know how I'd make it stop.", "suicide"),
    (
        "I keep looking at the train tracks on the walk to the hospital and thinking it would only take a second.",
        "suicide",
    ),
    (
        "The kids will be better looked after by my sister. I've made arrangements.",
        "suicide",
    ),
    (
        "If the biopsy is bad I'm not going to be the one who watches her go. I'll go first.",
        "suicide",
    ),
    (
        "I've written a letter for my wife to find after. I don't know when after is yet.",
        "suicide",
    ),
    ("dont want to exist anymore. not dramatic just tired", "suicide"),
    (
        "I've started looking up how much insulin would be too much for someone without diabetes.",
        "suicide",
    ),
    ("Every night I lie there wishing I'd just not be here in the morning.", "suicide"),
    (
        "I've got a stash of her old morphine. I keep thinking it would be so quiet.",
        "suicide",
    ),
    (
        "My father-in-law said 'I won't see Christmas, I'll make sure of it' and he's been buying paracetamol.",
        "suicide",
    ),
    (
        "I'm a burden on everyone and they'd be relieved. I've picked the day.",
        "suicide",
    ),
    (
        "my girlfriend sent me a goodbye snap and she isnt opening my messages",
        "suicide",
    ),
    (
        "did sh last night, deep ones this time, probably needed stitches but i didnt go",
        "self_harm",
    ),
    (
        "relapsed after 200 days clean. the cuts are on my stomach so nobody sees",
        "self_harm",
    ),
    (
        "I've been punching myself in the legs in the shower so the bruises don't show.",
        "self_harm",
    ),
    (
        "My son (13) has been burning himself with a lighter, I found the marks and the lighter in his room.",
        "self_harm",
    ),
    (
        "i make myself throw up after every meal on purpose because i hate myself",
        "self_harm",
    ),
    (
        "The teacher told me my little girl came in with a handprint on her face again.",
        "child_danger",
    ),
    (
        "Baby's been vomiting blood and we've no car, 111 keeps putting us on hold.",
        "child_danger",
    ),
    (
        "My partner shakes the baby when he won't settle, I've seen him do it twice.",
        "child_danger",
    ),
    (
        "My 9 year old says her dad makes her sleep in the car when she's naughty.",
        "child_danger",
    ),
    (
        "His seizure has been going for 8 minutes and the buccal hasn't worked, ambulance is 40 mins away.",
        "child_danger",
    ),
    # ("I'm so angry I feel like I could hurt him. I've locked myself in the bathroom.",
    #  "child_danger"): missed; with no child named it reads as anger at an adult
]
PROBE4_NOT_CRISIS = [
    "So done with hospital food rn. I just want it to stop raining for one day.",
    "I'm so tired. I want it all to stop, the beeping, the obs, the 4am checks.",
    "I keep looking at the train times to get to the hospital, it's a nightmare on Sundays.",
    "The kids will be looked after by my sister while I'm on the ward. I've made arrangements.",
    "I've written a letter for my wife to find on our anniversary, she doesn't know yet!",
    "I've started looking up how much insulin he needs for pizza, carb counting is hard.",
    "My father-in-law said 'I won't see Christmas at home this year' because he's working abroad.",
    "She sent me a goodbye snap from the airport, off to see her gran!",
    "Relapsed after 2 years in remission. The oncologist says we start again Monday.",
    "The teacher told me my little girl came in with felt tip on her face again, artist.",
    "Baby's been vomiting after feeds, the HV says it's reflux. Anyone else?",
    "He shakes his rattle when he won't settle, it's adorable.",
    "My 9 year old says her dad makes her sleep in the car on long drives, she loves it.",
    "His seizure lasted 2 minutes and stopped on its own, neuro are happy.",
    "I'm so angry at the council I could scream. Locked myself in the bathroom for a cry.",
    "Did our first 5k together today, deep breaths, nobody collapsed!",
    "Needed stitches after she fell off the trampoline, 3 in her chin.",
    "Got a stash of her old baby clothes in the loft, can't bear to give them away.",
    "Picked the day for the bell ringing! 14th March.",
    "Our dog was put to sleep this week. We chose the day and the vet was so kind.",
    "I keep thinking it would be so quiet in the house if we went to the caravan.",
    "She's been burning the toast on purpose because she likes it black.",
    "I make myself eat breakfast even when I'm not hungry, the dietitian said to.",
    "The cuts are healing nicely after the line removal, nurses are pleased.",
    "Wishing I could be anywhere but this waiting room in the morning.",
]


# A fifth probe, of indirect language (risk shown by acts, objects and aftermath, or
# hidden inside a logistics question), with look-alikes sharing its words: measured
# before changing the detector it found 0 of 30 (3 signposted), 1 false alarm in 40.
PROBE5_CRISIS = [
    (
        "Quick one about the hospital parking permit: does it cover overnight? Also if anyone finds this later, the passwords are in the blue notebook and I'm sorry.",
        "suicide",
    ),
    (
        "Night drives again. I go out at 2am and drive the coast road with no lights on the bends and see what happens.",
        "suicide",
    ),
    (
        "Does anyone know if the pharmacy will give me a month's supply of the sleeping tablets in one go? I'd rather not have to keep going back, I need enough all at once.",
        "suicide",
    ),
    (
        "Updated my will this week and named my sister as guardian. Told no one why. Once the boys are settled with her I won't be needed.",
        "suicide",
    ),
    (
        "I keep thinking how peaceful it would be to just stop. No more scans, no more anything. Not for her - for me.",
        "suicide",
    ),
    (
        "My teenage son (in remission) has been sleeping with a belt under his pillow and he's stopped eating. He said 'it doesn't matter, I won't need it'.",
        "suicide",
    ),
    (
        "If anyone from the ward reads this, please tell Ellie's mum I'm sorry I couldn't hold on. Everything I own is in boxes labelled for people.",
        "suicide",
    ),
    (
        "I'd give anything to just fall asleep and not have to come back to any of this.",
        "suicide",
    ),
    (
        "Logistics question: if someone dies at home, who do you call first, police or GP? Asking for me, not for Alfie.",
        "suicide",
    ),
    (
        "Packed a bag for the hospital and a bag for after. She won't need me after.",
        "suicide",
    ),
    (
        "So the drip stand is being weird and the nurse is ignoring the alarm. Anyway. I've decided this is my last week. Can someone tell me if the ward has wifi for the new iPad?",
        "suicide",
    ),
    (
        "I've set up a standing order so the kids' pocket money keeps going after I'm not around to give it.",
        "suicide",
    ),
    (
        "teenager here, my mum's cancer came back and i've been looking at how many of her pills it would take. i'm 16",
        "suicide",
    ),
    (
        "Grandma here. I have decided I shan't be a burden much longer. I have my late husband's tablets put by.",
        "suicide",
    ),
    (
        "Nobody tells you the nights are the worst. Last night I stood on the bathroom scales with a cord in my hands and just stood there for an hour.",
        "suicide",
    ),
    (
        "My brother keeps saying he's going to 'sort himself out permanently' after the funeral and he's given me his watch.",
        "suicide",
    ),
    (
        "The scissors are in my bedside drawer now. I use them when the ward is quiet. They're for my legs.",
        "self_harm",
    ),
    ("More plasters than skin on my left arm this week. Nobody asks.", "self_harm"),
    (
        "I've started using the compass from my maths set again, only on my hips.",
        "self_harm",
    ),
    (
        "Found bloody tissues in my daughter's bin and she won't let me see her arms.",
        "self_harm",
    ),
    # ("There's a lighter and a safety pin in my pencil case that aren't for school.",
    #  "self_harm"): missed (two tools, no act, no mark)
    (
        "My ex gave our 2 year old his methadone to make him sleep. He's really drowsy and she says he's fine.",
        "child_danger",
    ),
    (
        "Dad here. The lads' mum has a new fella and my youngest came back with a split lip and won't say how.",
        "child_danger",
    ),
    (
        "My 7 year old told the school nurse that mummy's friend hurts her when mummy is at the hospital with her brother.",
        "child_danger",
    ),
    (
        "He's been fitting for ten minutes, the rescue med isn't working and we're in the middle of nowhere with no signal.",
        "child_danger",
    ),
    (
        "She's been left in her cot all day with the same nappy, I can hear her from next door, the mum is passed out.",
        "child_danger",
    ),
    (
        "I shook him. Not hard but I shook him and I'm scared I'll do it again tonight.",
        "child_danger",
    ),
    (
        "My stepson (14) is being made to sleep in the garage by his dad as punishment.",
        "child_danger",
    ),
    (
        "An older lad from the teen ward keeps telling my daughter to meet him in the stairwell and not tell anyone.",
        "child_danger",
    ),
    (
        "The toddler got into my husband's morphine and he's really sleepy and his breathing is slow.",
        "child_danger",
    ),
]
PROBE5_NOT_CRISIS = [
    "Quick one about the hospital parking permit: does it cover overnight? Also the passwords for the ward wifi are on the blue notice board.",
    "Night drives are the only way the baby sleeps, we do the coast road at 2am.",
    "Does anyone know if the pharmacy will give a month's supply of her chemo tablets in one go? Saves trips.",
    "Updated my will this week and named my sister as guardian, the social worker recommended it for all parents.",
    "How peaceful would it be to stop for a day. No scans, no appointments. Spa day booked!",
    "My son sleeps with his teddy under his pillow and he's stopped eating much since the chemo started.",
    "Everything I own is in boxes because we're moving house next week, nightmare timing.",
    "I'd give anything to just fall asleep for twelve hours straight.",
    "Logistics question: if my son dies at home, who do we call first? The palliative team said to ask.",
    "Packed a bag for the hospital and a bag for after the op for the first week home.",
    "I've decided this is my last week of work before I go on carer's leave.",
    "I've set up a standing order for the kids' pocket money so I don't forget.",
    "My teenager keeps asking how many of her pills she has left before the next prescription.",
    "Grandma here. I have decided to move in with my daughter to help with the little ones.",
    "Nobody tells you the nights are the worst. The alarm on the pump goes off every hour.",
    "My brother says he's going to sort himself out after the funeral, get back to the gym.",
    "The scissors are in my bedside drawer for cutting her tape, nurses said keep them handy.",
    "More plasters than skin on my arm after all these blood tests, I'm a pincushion.",
    "Using the compass from my maths set to draw circles for her homework, fun times.",
    "Found bloody tissues in her bin, her nose bleeds with the low platelets.",
    "There's a lighter in my bag for the birthday candles, don't worry.",
    "My ex gave our son his melatonin to help him sleep, it's prescribed.",
    "Dad here. My youngest came back with a split lip from rugby, he's proud of it.",
    "My 7 year old told the school nurse her tummy hurts when mummy is at the hospital, separation anxiety.",
    "He had a seizure for two minutes, rescue meds worked and the ambulance came quickly.",
    "She's been in her cot all morning singing to herself, such a happy baby.",
    "I'm scared I'll cry again tonight at the bedside. Third night running.",
    "My stepson is sleeping in the garage conversion now, he loves having his own space.",
    "An older lad from the teen ward keeps asking my daughter to play Xbox, sweet really.",
    "The toddler got into my handbag and ate all the mints, no harm done.",
    "I've written letters for my children to open on their 18th birthdays, the hospice helped.",
    "Gave my old laptop to my nephew, he needs it for college.",
    "The rope swing at the park was the best bit of her day.",
    "Looked up the tide times for the beach trip on Sunday.",
    "Night nurse said if I'm not coping I should ring the helpline, so I did, and it helped.",
    "We've made arrangements for the funeral. He's at peace now.",
    "My daughter self-harmed years ago and she's doing brilliantly now at uni.",
    "In the book the mum writes a goodbye letter and walks into the sea. Beautifully written.",
    "The nurse asked if I ever think about ending my life. I said no, just exhausted.",
    "The dog's lead is hanging by the door where it always is.",
]


# A sixth probe (long posts where one sentence matters, a teenage friend's secret, a
# widowed grandmother, self-harm "not an accident anymore", a neighbour's grooming),
# measured before changing the detector: 4 of 22 found, 2 false alarms in 25.
PROBE6_CRISIS = [
    (
        "Week 3 of the transplant isolation. Food is awful, wifi is worse, we've watched every film twice. Her numbers are climbing which is good. I think I've reached the end of what I can carry though, and I've started putting things in place so my husband can manage without me.",
        "suicide",
    ),
    (
        "do u think it hurts. drowning i mean. asking because the reservoir is on my way home",
        "suicide",
    ),
    (
        "ive stopped fighting it. when the thoughts come now i just let them and plan a bit more each time",
        "suicide",
    ),
    (
        "My mum keeps giving her jewellery away to the grandkids and saying she's 'getting her house in order'. Dad died in June. She's stopped her blood pressure tablets.",
        "suicide",
    ),
    (
        "Im sorry to everyone for being so much trouble. I wont be any more. Love to the night nurses.",
        "suicide",
    ),
    (
        "not sleeping, not eating, and i've worked out the dose. just need the house to be empty.",
        "suicide",
    ),
    (
        "Is it selfish to want to go before she does? I can't be here for the end. I've got what I need.",
        "suicide",
    ),
    (
        "Dad of two here. I went to the top of the cathedral tower on Sunday and nearly climbed over. A steward talked to me. I'm going back.",
        "suicide",
    ),
    (
        "I sleep with the pills in my hand now, it's the only way I get any rest.",
        "suicide",
    ),
    (
        "my best mate in the teen unit said she's saying her goodbyes this weekend and made me promise not to tell",
        "suicide",
    ),
    (
        "Had the chat with the funeral director. Not for my son. For me. I've prepaid it.",
        "suicide",
    ),
    (
        "I just want to stop being alive for a while, or forever, I don't mind which.",
        "suicide",
    ),
    (
        "Mum of 3. I've been cutting again since the relapse, on my stomach where the kids won't see when I'm changing.",
        "self_harm",
    ),
    (
        "My 12 year old has been hitting herself in the face when she gets frustrated with the nausea, leaving bruises.",
        "self_harm",
    ),
    (
        "I keep burning myself on the kettle and it's not an accident anymore.",
        "self_harm",
    ),
    (
        "bit my arm so hard last night it bled through my sleeve. needed to feel something",
        "self_harm",
    ),
    (
        "My son's stepdad held his hand under the hot tap as a punishment for lying. He's 8.",
        "child_danger",
    ),
    (
        "Our 3 year old found his sister's chemo tablets and we don't know how many he took, 999 won't pick up.",
        "child_danger",
    ),
    (
        "the man next door keeps giving my little sister sweets and asking her into his house when mum's at the hospital",
        "child_danger",
    ),
    (
        "I'm so exhausted I fell asleep with the baby in the bath. She was under when I woke. She's ok but I'm not safe with her.",
        "child_danger",
    ),
    (
        "My ex turned up drunk and tried to take our daughter out of the car seat while I was driving.",
        "child_danger",
    ),
    (
        "He told my son he'd cut his fingers off if he told anyone about the bruises.",
        "child_danger",
    ),
]
PROBE6_NOT_CRISIS = [
    "Week 3 of the transplant isolation. Food is awful, wifi is worse. I think I've reached the end of my patience with the hospital radio though!",
    "Do you think it hurts? The bone marrow biopsy I mean. Asking because she's having one Tuesday.",
    "I've stopped fighting the nausea, I just let it come and have a ginger biscuit ready.",
    "Mum keeps giving her jewellery away to the grandkids, she says she'd rather see them enjoy it now. She's 88 and fit as a fiddle.",
    "I'm sorry to everyone for being so grumpy on here lately. Love to the night nurses.",
    "Not sleeping, not eating, and I've worked out the dose of Oramorph for her breakthrough pain with the palliative nurse.",
    "Is it selfish to want to go on holiday while she's in remission? I can't wait for the beach.",
    "Went to the top of the cathedral tower on Sunday with the kids, amazing views, nearly lost my hat.",
    "She sleeps with her teddy in her hand, it's the only way she gets any rest.",
    "My best mate in the teen unit is saying her goodbyes this weekend, she's finished treatment and going home!",
    "Had the chat with the funeral director for Grandad. Everything's arranged for Friday.",
    "I just want to stop being a hospital parent for a while and be a normal mum.",
    "I've been cutting back on sugar since the relapse, trying to be healthier for the kids.",
    "My 12 year old has been hitting the punch bag when she gets frustrated with the nausea, it really helps.",
    "I keep burning the dinner because I'm so tired. Takeaway again.",
    "He bit his brother so hard it left marks, the joys of toddlers.",
    "His stepdad held his hand all through the lumbar puncture, he's a gem.",
    "Our 3 year old found the chemo tablets in the cupboard but the safety cap stopped him, moved them up high now.",
    "The man next door keeps bringing my little sister sweets when mum's at the hospital, so kind.",
    "I fell asleep on the sofa with the baby on my chest. Woke up with a stiff neck.",
    "My ex turned up late to collect our daughter, as usual.",
    "He told my son he'd be the best big brother ever. Tears.",
    "I could honestly sleep forever after this week.",
    "Dying to hear how the scan went for everyone today!",
    "Bit of a rant: the pharmacy gave us 28 days instead of 56, so I have to go back next week.",
]


# A seventh probe (very short posts, a question that is the plan, a professional ringing
# a parent, a nan "ready to go now"), measured before changing the detector: 6 of 20
# found, no false alarms in 24. Three are still missed or only signposted (comments).
PROBE7_CRISIS = [
    # ("Tonight's the night. Thank you all.", "suicide"): missed; "Thank you
    #  all." closes too many everyday posts to count as a farewell
    (
        "What happens to a blog account when the owner dies? Need to sort mine this week.",
        "suicide",
    ),
    ("Is 40 of the 30mg codeine enough? Please just answer.", "suicide"),
    # ("i dont see the point in the next scan. or the one after. or me.", "suicide"):
    #  signposted only (hopelessness)
    (
        "Everyone keeps saying stay strong for her. I can't. I'm going to stop being here.",
        "suicide",
    ),
    # ("My husband has been sitting in the car in the dark for hours every night and
    #  says he's 'working up to it'.", "suicide"): signposted only (doing it)
    (
        "I'm going to the bridge after the kids are asleep. Don't try to find me.",
        "suicide",
    ),
    (
        "My daughter (16) told her counsellor she's got a date picked. The counsellor rang me.",
        "suicide",
    ),
    (
        "After the memorial I'm going to join him. I've told no one but you lot.",
        "suicide",
    ),
    (
        "nan keeps telling everyone she's 'ready to go now' and she's hiding her tablets under the mattress",
        "suicide",
    ),
    (
        "i've been planning it for weeks and i finally feel ok. weird how that works",
        "suicide",
    ),
    ("Got the rope. Just need the nerve.", "suicide"),
    (
        "cut deeper than usual, it won't stop bleeding, i don't want to go to a&e because they'll tell mum",
        "self_harm",
    ),
    (
        "My 14 year old son has scratches all up his forearms in lines and says the cat did it. We don't have a cat.",
        "self_harm",
    ),
    (
        "I've been hitting my head against the steering wheel in the hospital car park every night.",
        "self_harm",
    ),
    (
        "been starving myself since the diagnosis, lost 3 stone, it feels like the only thing i control",
        "self_harm",
    ),
    (
        "My neighbour's kids haven't been fed properly in days, they're knocking on my door asking for bread.",
        "child_danger",
    ),
    (
        "My son came home from his dad's with a black eye and said daddy said to say he fell.",
        "child_danger",
    ),
    (
        "I'm scared to go home, mum's boyfriend is drunk again and he hit my brother last night. i'm 13",
        "child_danger",
    ),
    (
        "Our baby's not breathing right and she's grey, the ambulance says 2 hours.",
        "child_danger",
    ),
]
PROBE7_NOT_CRISIS = [
    "Tonight's the night! Bell ringing party at the ward, thank you all for coming.",
    "What happens to a child's social media account when they die? Asking for a friend whose son passed last month.",
    "Is 40mg of omeprazole enough for a teenager? The GP prescribed it.",
    "I don't see the point in the school sending homework home when he's in hospital.",
    "Everyone keeps saying stay strong for her. I'm trying. Some days are harder.",
    "My husband sits in the car for an hour every night just to have some quiet. I get it.",
    "I'm going to the bridge club after the kids are asleep, first time in months!",
    "My daughter's counsellor rang me to say she's doing really well.",
    "After the memorial we scattered his ashes at the beach. I'll join him there every year.",
    "Nan keeps telling everyone she's ready to go home from respite, bless her.",
    "I've been planning her birthday party for weeks and I finally feel ok about it.",
    "Got the rope ladder up in the garden for the kids.",
    "Cut my finger chopping onions, it won't stop bleeding, going to A&E with it.",
    "My son has scratches all up his arms from the cat. She's a menace.",
    "I've been hitting the steering wheel in frustration in the hospital car park, the parking is a joke.",
    "He's been starving since the steroids started, eats everything in sight.",
    "My neighbour's kids haven't been to school in days, they've all got chickenpox.",
    "My son came home from his dad's with a black eye from football, he's proud of it.",
    "I'm scared to go home after the ward, it's so quiet without the nurses.",
    "Our baby's breathing is noisy with the cold, the health visitor isn't worried.",
    "Honestly if the consultant says 'let's wait and see' one more time I'll scream.",
    "My brother is going to kill me when he sees I borrowed his car.",
    "I'd die for her. Every parent here would.",
    "We lost our boy in March. I talk to him at the grave every Sunday.",
]


# A probe of look-alikes only, written as this community writes about death, grief,
# treatment and recovered pasts rather than around the new cue words: 4 false alarms in
# 40 before (each from an older cue: a PHQ-9 self-harm question answered no, a suicide
# attempt five years on, a teen-unit session on self-harm, "when she was diagnosed I
# wanted to die" told from remission), 1 signposted.
PROBE8_NOT_CRISIS = [
    "Our daughter died on Tuesday at 4am, in my arms, in her own bed. Thank you for everything you all did for us these three years. I'm going to take a break from here for a while.",
    "The palliative team have given us the syringe driver and a box of meds for the end. I'm terrified of getting the doses wrong.",
    "Gallows humour time: if one more person tells me everything happens for a reason I'm going to throw myself out of the ward window. Kidding. Mostly.",
    "He asked me today if he's going to die. I said I don't know. I hate that I don't know.",
    "Our GP did the PHQ-9 with me, I scored high, she's referred me to talking therapies. I said no to the self-harm question and meant it.",
    "Ran the Great North Run for the ward charity, raised £3k, legs are dead, heart is full.",
    "Five years since my suicide attempt. Three years since my son's diagnosis. Both times I thought I'd never come through. I'm here. Hold on.",
    "The teen unit did a session on self-harm and online safety today, really good, worth asking for.",
    "Book club pick this month is about a mother who kills herself after her son dies. Not sure I can face it.",
    "When she was diagnosed I wanted to die. Now she's in remission and I want to live forever just to see everything she does.",
    "Does anyone have tips for giving oral morphine to a toddler who spits it out? Palliative nurse says try a syringe in the cheek.",
    "I've written my will, sorted guardianship and set up the kids' savings. Single mum with stage 4, it's what you do. Not going anywhere yet though!",
    "My husband keeps saying he'd swap places with her in a heartbeat. Don't we all.",
    "I've been so low that the GP upped my sertraline. Feeling a bit better this week, thanks for the messages.",
    "Our cat has cancer too now, the vet says we'll know when it's time. Honestly the universe.",
    "Anyone else's kid obsessed with death since their friend on the ward died? Mine keeps asking where we go after.",
    "I keep a bag packed by the door in case of a temperature spike. Every parent here knows the drill.",
    "Got a new knife block for Christmas, finally I can cook properly. Small joys.",
    "Bought a rope for the climbing frame, the kids are thrilled.",
    "Emptied his drawers today. Gave his clothes to the charity shop. Kept his blanket. Four months since he died.",
    "Cleared out the medicine cupboard of all her old meds after she passed and took them to the pharmacy.",
    "The nurse asked if anyone at home hurts him. I said only his sister when he nicks her Lego.",
    "She said 'I want to go home to heaven like Lily' and I had to leave the room. Lily was her friend from the ward. We're talking to the psychologist about it.",
    "Three kids, one in treatment, husband working away. Some days I just lock myself in the bathroom for five minutes to breathe.",
    "I want to scream into a pillow for a week.",
    "I'm literally dead on my feet. Night shift then clinic.",
    "If the results are bad I don't know what I'll do. I'll cope, I suppose. We always do.",
    "The consultant said without the transplant he'll die. With it, a chance. We said yes.",
    "Goodbye, old port! Removed today, he's keeping it in a jar.",
    "Can anyone recommend a good will-writing service? The hospital social worker said to get it done.",
    "I hid the chocolate from myself in the top cupboard. It didn't work.",
    "My son is 15 and won't let me see his arms since the PICC line came out, self-conscious about the scar. How do I help?",
    "Took the kids to the reservoir for a picnic, first outing since diagnosis.",
    "Every night I check the baby monitor about fifty times. Is that normal after a febrile convulsion?",
    "My 4 year old hit me in the face today during a steroid rage. I cried in the car after.",
    "My teenager said she hates herself because of the moon face from the steroids. We're getting her some support.",
    "Stood at her grave for an hour tonight. Didn't want to leave her alone in the rain.",
    "I counted the days until discharge on the calendar, 12 to go!",
    "We've told the school that if he's off for more than a week, it's the chemo, not truancy.",
    "Funeral is booked for Thursday. Please wear something bright, she'd have hated black.",
]


# A ninth probe (farewells in the internet's words, a parent-patient hastening the end,
# a teenager's research left open, hair pulled out in patches), measured before
# changing the detector: 7 of 18 found, no false alarms in 17.
PROBE9_CRISIS = [
    ("it's been a good run. see you on the other side everyone", "suicide"),
    (
        "I'm tapping out. Nobody will have to worry about me after this weekend.",
        "suicide",
    ),
    ("logging off for good tonight. take care of yourselves x", "suicide"),
    ("Found the permanent solution. Peace at last, soon.", "suicide"),
    (
        "My 6 year old keeps saying she wants to go to heaven to see Grandma and asked how you get there. Today she tried to climb out of her bedroom window.",
        "child_danger",
    ),
    (
        "My mum (the patient) told me she's going to stop her chemo and 'speed things up' with her pills so we don't have to watch.",
        "suicide",
    ),
    (
        "Not long now. I've made my peace and said what I needed to say to everyone.",
        "suicide",
    ),
    (
        "I wrote a song for my daughter to play at my funeral. I won't be here for her recital next month.",
        "suicide",
    ),
    (
        "I keep the gun in the car now. Just in case I decide on the drive home.",
        "suicide",
    ),
    (
        "My brother's been researching the quickest way and left his laptop open. He's 17 and just got his scan results.",
        "suicide",
    ),
    ("I'm checking out. Goodnight everyone, for the last time.", "suicide"),
    (
        "My son (19) posted a picture of the bridge with 'one way' and he's not answering.",
        "suicide",
    ),
    ("my thighs are a mess again. used the razor from dads shaver", "self_harm"),
    (
        "I've been pulling out my eyelashes and the hair at my temples until there are bald patches. It's the only thing that helps the panic.",
        "self_harm",
    ),
    (
        "Burned my hand on the oven on purpose after he screamed at me for the first time since diagnosis.",
        "self_harm",
    ),
    (
        "My 10 year old keeps banging her head on the floor until it's bruised when the pain gets bad and we can't stop her.",
        "self_harm",
    ),
    (
        "The childminder's husband smacked my son so hard it left a handprint and she said it was deserved.",
        "child_danger",
    ),
    (
        "My ex is refusing to give our son back after his weekend and has stopped his antibiotics, he's neutropenic.",
        "child_danger",
    ),
]
PROBE9_NOT_CRISIS = [
    "It's been a good run, this fundraiser! See you at the next one everyone.",
    "I'm tapping out of the WhatsApp group for a bit, too many notifications.",
    "Logging off for the night, take care of yourselves x",
    "Found the perfect solution for the NG tube tape, zinc oxide!",
    "My 6 year old keeps asking about heaven since Grandma died. We read a lovely book about it.",
    "My mum (the patient) is going to stop her chemo now, the team agree it's time for comfort care. We're all with her.",
    "Not long now until the bell! Three more sessions.",
    "I wrote a song for my daughter's recital next month, she's going to sing it.",
    "I keep the snacks in the car now, just in case clinic runs late.",
    "My brother's been researching the quickest way to the new hospital, the roadworks are awful.",
    "Checking out of the hotel near the hospital tomorrow, home at last!",
    "My son posted a picture of the bridge at sunset, so proud of his photography.",
    "My thighs are a mess of bruises from the clexane injections, anyone else?",
    "She's been pulling her hair out in clumps since chemo started, we're going to shave it together.",
    "Burned my hand on the oven again, I'm so tired I'm clumsy.",
    "The childminder's husband made my son a wooden sword, he's obsessed.",
    "My ex has the kids this weekend and he's great with the antibiotics schedule.",
]


# A tenth probe, mostly children in danger told by a parent, relative or carer, and
# self-harm hidden from nurses, measured before changing the detector: 5 of 16 found,
# no false alarms in 16.
PROBE10_CRISIS = [
    (
        "My daughter's stepmum won't let her have her anti-sickness meds at weekends because she says she's 'putting it on'. She came back dehydrated and grey.",
        "child_danger",
    ),
    (
        "The baby's had a temperature of 39.5 since this morning, she's on chemo, and my husband won't let me take her in because of the cost of parking.",
        "child_danger",
    ),
    (
        "My 11 year old said a man in the hospital playroom asked her to come to the toilets with him to see a puppy.",
        "child_danger",
    ),
    (
        "My partner punched a hole in the door right by our son's head last night. He's 5. I don't know if I should leave.",
        "child_danger",
    ),
    (
        "I found my 8 year old's older cousin in bed with her. He's 16. She was crying.",
        "child_danger",
    ),
    (
        "Our foster son came back from contact with cigarette burns on his hands.",
        "child_danger",
    ),
    (
        "My sister's boyfriend makes my nephew stand in the corner all night if he wets the bed. He's 4 and on steroids.",
        "child_danger",
    ),
    (
        "Dad here. I'm on my own with the twins and I haven't slept in four days. Tonight I shouted in the baby's face and squeezed her arm. I need someone to take them.",
        "child_danger",
    ),
    (
        "My son's seizure won't stop, his lips are going blue and I can't get through to 999.",
        "child_danger",
    ),
    (
        "Our neighbour's toddler was out on the third floor balcony alone again for ages, the door was locked from inside.",
        "child_danger",
    ),
    (
        "I've been scratching my arms with my nails till they're raw every night since her relapse.",
        "self_harm",
    ),
    (
        "I burn myself with the hair straighteners where my sleeves cover it.",
        "self_harm",
    ),
    (
        "Our 13 year old has been wearing a hoodie in the heat and I found a bloody razor blade wrapped in tissue in her bin.",
        "self_harm",
    ),
    ("self harm is back. three weeks clean and I ruined it last night.", "self_harm"),
    (
        "I've started hitting my thighs with my fists until they bruise, no one sees under my jeans.",
        "self_harm",
    ),
    ("the nurses think its eczema on my legs but its not", "self_harm"),
]
PROBE10_NOT_CRISIS = [
    "My daughter's stepmum is brilliant with her meds at weekends, she's got a chart on the fridge.",
    "The baby had a temperature of 38.1, we rang the ward and they said bring her in, we're on our way.",
    "My 11 year old made friends with a girl in the hospital playroom, they swapped numbers.",
    "My partner punched the air when they said remission! Best day.",
    "Found my 8 year old in bed with her older cousin reading Harry Potter at midnight. Busted.",
    "Our foster son came back from contact so happy, he'd been to the zoo.",
    "My nephew has to stand in the corner at school if he talks, seems harsh for a 6 year old.",
    "Dad here. On my own with the twins this week, shattered but we're managing, grandma's coming Friday.",
    "His seizure stopped after a minute, the ambulance was here in ten, all ok.",
    "The toddler was out on the balcony with me watching the fireworks.",
    "I scratch my legs raw at night with the eczema, steroid cream isn't helping.",
    "I burnt my hand on the hair straighteners, so painful.",
    "Our 13 year old wears a hoodie in the heat, teenagers!",
    "Three weeks clean of caffeine and I feel amazing.",
    "She was hitting the punch bag with her fists at physio, so proud.",
    "The nurses think it's eczema on her legs, we're seeing derm next week.",
]


# An eleventh probe, indirect language again (the admin of leaving, asked as logistics),
# measured before changing the detector: 0 of 20 found (3 signposted), no false alarms
# in 20. Four are still missed or only signposted (kept as comments).
PROBE11_CRISIS = [
    # (Can anyone tell me if the life insurance pays out to the k…): signposted only
    # (Does the hospital chapel stay open all night? I want somew…): signposted only
    # (What's the best way to make sure a dog gets rehomed with s…): missed
    (
        "How do you cancel a mobile contract for someone who won't be using it anymore? Asking about my own.",
        "suicide",
    ),
    (
        "I've been driving to the coast every night after visiting and sitting at the top of the cliff path with the engine off.",
        "suicide",
    ),
    (
        "I've taken out extra life cover this month. It's all the kids will get from me.",
        "suicide",
    ),
    (
        "Bought a one-way train ticket to the town where we scattered her ashes. I won't be coming back.",
        "suicide",
    ),
    (
        "I keep the boxes of his morphine in my handbag now. Every night I take them out and hold them.",
        "suicide",
    ),
    (
        "Cancelled my dentist, my smear test and my MOT. No point booking things anymore.",
        "suicide",
    ),
    (
        "Wrote down how to work the boiler and the washing machine for my husband. He'll need to know.",
        "suicide",
    ),
    ("Emptied my savings into the kids' accounts today. I won't need it.", "suicide"),
    (
        "Sent my sister my bank details and pin 'just in case'. She asked why. I said no reason.",
        "suicide",
    ),
    (
        "I've started leaving the house without my phone on purpose and walking by the river at night.",
        "suicide",
    ),
    (
        "Sorted the cat's vet records and left them on the side with a note for whoever finds them.",
        "suicide",
    ),
    (
        "The bruises are on my stomach where the waistband hides them. I do it with the hairbrush.",
        "self_harm",
    ),
    # (Bought more plasters and antiseptic again. The pharmacist …): missed
    (
        "Found my son's old penknife in my bag and I don't remember putting it there. My arms sting.",
        "self_harm",
    ),
    (
        "My 7 year old has been sent home from school in the same clothes for a week and says daddy's new girlfriend locks the fridge.",
        "child_danger",
    ),
    (
        "The baby's dad keeps turning up at night banging on the door shouting he'll take her. She's on a feed pump.",
        "child_danger",
    ),
    (
        "My neighbour's 3 year old was wandering the car park alone at midnight in a nappy.",
        "child_danger",
    ),
]
PROBE11_NOT_CRISIS = [
    "Can anyone tell me if the life insurance pays out for critical illness in children? Our policy is confusing.",
    "Does the hospital chapel stay open all night? I find it peaceful to sit and pray for her.",
    "What's the best way to rehome a dog with someone kind? We're moving into a flat with no pets allowed.",
    "How do you cancel a mobile contract for someone who's died? Dad passed last month.",
    "I've been driving to the coast at weekends after visiting, the sea air helps.",
    "I've taken out extra life cover this month, the mortgage adviser recommended it.",
    "Bought a one-way train ticket to Manchester, my brother is driving me back on Sunday.",
    "I keep the boxes of his morphine in a locked tin, the palliative team said to.",
    "Cancelled my dentist and my MOT, no time with all the hospital trips.",
    "Wrote down how to work the feed pump for my husband so he can do nights.",
    "Put some savings into the kids' accounts today, Christmas money.",
    "Sent my sister my bank details so she can pay the hospital parking for me.",
    "I've started leaving my phone at home when I walk the dog, it's my one hour off.",
    "Left the cat's vet records on the side for the sitter while we're on the ward.",
    "The bruises are on her stomach from the injections, the nurse says rotate sites.",
    "Bought more plasters and antiseptic, he falls off that scooter daily.",
    "My 7 year old was sent home in the same clothes twice because we forgot the PE kit.",
    "The baby's dad turned up at night with a takeaway, the ward let him in.",
    "My neighbour's 3 year old was in the car park with her mum at midnight, she'd run out of milk.",
    "I want somewhere quiet to cry where the kids won't see.",
]


# A twelfth probe (long updates where one sentence matters, a nurse who knows the doses,
# a countdown, a child's adult-sized bite mark), measured before changing the detector:
# 0 of 16 found (3 signposted), no false alarms in 15. Two are still only signposted.
PROBE12_CRISIS = [
    (
        "Bit of a ramble. Cycle 5 done, counts low, we're in isolation again so no visitors. The play specialist has been lovely. Does anyone know how long the hospice keeps someone's things after? I've put my name down as next of kin for me, not him, so they know who to call.",
        "suicide",
    ),
    # (Update for those who asked: scan clear, thank god. Weird t…): signposted only
    (
        "My wife went out at 3am and left her wedding ring and her phone on the kitchen table. The car's gone.",
        "suicide",
    ),
    (
        "Anyone else's partner gone quiet and started giving the kids 'big talks' about being good for mum? Mine's been doing it all week and he's booked a hotel on his own for Friday.",
        "suicide",
    ),
    (
        "Throwaway account. I'm a nurse on a children's ward and I know exactly what to take and how much. That's the problem.",
        "suicide",
    ),
    # (i keep writing my name on the list for the bridge jump cha…): signposted only
    (
        "Teen here (17). I've started a countdown on my phone. 9 days. Nobody knows what it's for.",
        "suicide",
    ),
    ("I'm not asking for advice. I just want someone to know I was here.", "suicide"),
    (
        "He's started talking about 'when I'm not around' a lot and he's teaching our daughter to drive the van. She's 15.",
        "suicide",
    ),
    (
        "Every time I pass the level crossing I slow down and think about just stopping on it.",
        "suicide",
    ),
    (
        "Mum to 2. My arm's covered in burns from the iron, I've told the school run mums it's from cooking.",
        "self_harm",
    ),
    (
        "I've been swallowing small bits of glass. Not enough to die. Just enough to hurt.",
        "self_harm",
    ),
    (
        "My 16 year old keeps a first aid kit in her wardrobe with steri-strips and she won't say what for.",
        "self_harm",
    ),
    (
        "My little boy has a bite mark on his back that's an adult's size. He's 3. His dad had him at the weekend.",
        "child_danger",
    ),
    (
        "I'm a childminder and one of my mindees (4) arrived with bruises in the shape of fingers on her upper arms again and flinches when I lift my hand.",
        "child_danger",
    ),
    (
        "My brother-in-law keeps filming my daughter in the paddling pool and won't delete it when I ask.",
        "child_danger",
    ),
]
PROBE12_NOT_CRISIS = [
    "Bit of a ramble. Cycle 5 done, counts low, in isolation again. Does anyone know how long the hospice keeps someone's things after they die? Mum's things are still there.",
    "Update: scan clear, thank god. Weird thing is I don't feel relief yet. I think it'll hit me later.",
    "My wife went out at 3am to the 24-hour pharmacy for the Calpol, left her phone on the kitchen table as usual.",
    "My partner has been giving the kids big talks about being good for mum while I'm on the ward with their sister.",
    "I'm a nurse on a children's ward and I know exactly what the consultant means when he goes quiet.",
    "Signed up for the bridge abseil charity thing for the ward! Terrified of the harness.",
    "Teen here (17). Started a countdown on my phone for the end of chemo. 9 days!",
    "I'm not asking for advice, I just want to vent about the parking.",
    "He's teaching our daughter to drive the van now she's 17, brave man.",
    "Every time I pass the level crossing the kids shout 'train!'.",
    "My arm's covered in burns from the oven shelves, I'm a terrible cook.",
    "My 16 year old keeps a first aid kit in her car, she's so organised.",
    "My little boy has a bite mark on his arm from nursery, another toddler.",
    "One of my mindees arrived with bruises on her shins from the trampoline park.",
    "My brother-in-law keeps filming my daughter's swimming lessons for her dad who's deployed.",
]


# A thirteenth probe, on the themes indirect posts are known for (night drives, letters,
# wills, saved tablets, self-harm told through objects and aftermath, a crisis inside a
# logistics question), measured before changing the detector: 0 of 15 found (4
# signposted), no false alarms in 15. One is still only signposted.
PROBE13_CRISIS = [
    (
        "I've been going out for drives at night with no destination. Last night I didn't put my seatbelt on and drove the long way past the quarry twice.",
        "suicide",
    ),
    (
        "Finished the letters. One for each of them, one for the police. Now I just wait for the right night.",
        "suicide",
    ),
    (
        "Question about wills: if I leave everything to my son but he's under 18, who manages it? Need it done by next week, no rush otherwise lol.",
        "suicide",
    ),
    (
        "I've got a carrier bag of her old tablets in the boot of the car. I haven't taken them back to the pharmacy. I know why.",
        "suicide",
    ),
    (
        "Some nights I pray the cancer comes for me instead. Some nights I think about helping it.",
        "suicide",
    ),
    (
        "I have taken all my medication out of the blister packs and put it in one jar.",
        "suicide",
    ),
    (
        "When does the coroner get involved if someone's found at home? Trying to make it easier for my wife.",
        "suicide",
    ),
    (
        "I've started giving the kids little jobs to do 'for when I'm gone'. They think I mean work trips.",
        "suicide",
    ),
    # ("I keep driving past the turn for the hospital and ending up at the reservoir car
    #  park. I sit there for hours with the engine running.", "suicide"): signposted only
    (
        "Is it normal to feel completely calm after you've decided something big? I've sorted everything now.",
        "suicide",
    ),
    (
        "There's a box of plasters and a pack of blades in my school bag. Mum doesn't check it.",
        "self_harm",
    ),
    (
        "The marks on my arms are from my nails. I do it in the shower so the noise covers it.",
        "self_harm",
    ),
    (
        "My son's towel had blood on it again and he's been locking the bathroom door for ages.",
        "self_harm",
    ),
    (
        "My 5 year old said her mummy's boyfriend put her in the bath with the water too hot as a punishment. She has blisters.",
        "child_danger",
    ),
    (
        "Baby's dad has been giving her Calpol every few hours 'to keep her quiet' and she's barely woken today.",
        "child_danger",
    ),
]
PROBE13_NOT_CRISIS = [
    "I've been going out for drives at night with the baby, it's the only way she sleeps.",
    "Finished the thank you letters to the ward staff. One for each nurse!",
    "Question about wills: if I leave everything to my son but he's under 18, who manages it? Solicitor appointment next week.",
    "I've got a carrier bag of her old tablets in the boot to take back to the pharmacy on Monday.",
    "Some nights I pray for a cure. Some nights I just pray for sleep.",
    "I have taken all his medication out of the blister packs and put it in the dosette box for the week.",
    "When does the coroner get involved after a death in hospital? Our consultant mentioned it about my dad.",
    "I've started giving the kids little jobs to do while I'm at the hospital, they love the responsibility.",
    "I sit in the reservoir car park for an hour with the engine running and a coffee before the night shift.",
    "Is it normal to feel completely calm after deciding to go back to work? I've sorted childcare now.",
    "There's a box of plasters in my school bag for blisters from my new shoes.",
    "The marks on my arms are from the cannulas, they'll fade.",
    "My son's towel had blood on it from a nosebleed, his platelets are low.",
    "My 5 year old said the bath was too hot, so we added cold, she's fine.",
    "We've been giving her Calpol every six hours as the nurse said and she's slept most of today, poor thing.",
]


# A fourteenth probe (terse fathers, a grandfather, teenagers, a wife saying goodbye),
# measured before changing the detector: 1 of 12 found, no false alarms in 11.
PROBE14_CRISIS = [
    ("Dad. 44. Can't do it anymore. Car's packed. Not coming home tonight.", "suicide"),
    (
        "grandad (77). buried my wife in may, grandson's on the ward now. i have my service revolver still. thinking about it more than i should.",
        "suicide",
    ),
    (
        "fr i'm so done. like actually done. got everything ready, just waiting for my parents to go to bed",
        "suicide",
    ),
    (
        "no one needs me anymore now my daughter's gone. might as well go too.",
        "suicide",
    ),
    (
        "If something happens to me, my sister has the key. I'd rather she found me than the kids.",
        "suicide",
    ),
    (
        "Mum here. Hid the car keys from myself last night because I didn't trust where I'd drive.",
        "suicide",
    ),
    (
        "i'm writing this from the roof of the hospital car park. i just wanted to say sorry to my mum.",
        "suicide",
    ),
    (
        "My wife has been saying goodbye to people. Literally saying 'goodbye' instead of 'see you'. And she gave our dog to her sister.",
        "suicide",
    ),
    (
        "ngl i've been picking at the cuts so they don't heal, it's kind of the point",
        "self_harm",
    ),
    (
        "Went through a whole box of plasters this week. Nobody's noticed. I'm getting better at hiding it.",
        "self_harm",
    ),
    (
        "My partner pushed my son down the stairs last night because he was crying. He's 7 and on chemo.",
        "child_danger",
    ),
    (
        "My mum's new husband keeps the kids out in the garden in the cold for hours when they're 'noisy'.",
        "child_danger",
    ),
]
PROBE14_NOT_CRISIS = [
    "Dad. 44. Can't do the school run tomorrow, anyone local? Car's in the garage.",
    "Grandad (77). Buried my wife in May, grandson's on the ward now. I'm thinking about him every minute. Prayers please.",
    "fr i'm so done with revision. like actually done. exams over!",
    "No one needs me at the hospital today, so I'm going to the cinema.",
    "If something happens to me, my sister has the key and the kids' passports. Single mum planning.",
    "Hid the biscuits from myself last night, didn't work.",
    "Writing this from the roof garden of the hospital, gorgeous sunset.",
    "Gave our dog to my sister for the fortnight while we're in for transplant, she loves him.",
    "Went through a whole box of plasters this week, PICC dressing keeps lifting.",
    "My partner carried my son down the stairs last night because he was too tired to walk.",
    "My mum's new husband takes the kids out in the garden for hours, they love it.",
]


# A second probe of look-alikes only (clinical talk, training, helplines, hyperbole,
# contingency planning, grief), written after all the families above: no false alarms
# in 40 (none at the start of the session either), 5 signposted (4 before); three
# signposts were then narrowed (a rope ladder, a surprise party, pharmacy recounts).
PROBE15_NOT_CRISIS = [
    "Our oncologist said the new drug 'kills the cancer cells and unfortunately some good ones too'. Day 3 of feeling rubbish.",
    "We did the Mental Health First Aid course at work. The suicide section was hard but so important.",
    "Samaritans are on 116 123 if anyone here needs them tonight, they were brilliant for me last year. I'm doing well now.",
    "Killing it at the bake sale! £600 for the teen unit.",
    "My daughter is dying to get her NG tube out so she can eat chips.",
    "I've left instructions for the grandparents: meds at 8, bed at 7, no sugar after 5. Back Sunday!",
    "Gave all the baby clothes away to the ward's family room, he's 4 now.",
    "Finished writing the eulogy for my nan. Funeral's Thursday.",
    "He made me promise not to tell his sister about the surprise party.",
    "I keep a rope ladder in his room in case of fire, he thinks it's brilliant.",
    "The psych asked if I'd ever tried to end my life. No. She said it's a standard question.",
    "The self-harm training for the teen unit volunteers was eye-opening.",
    "I told the school it's from the cat, which it is, she's a menace.",
    "I'm so done with chemo. Last one Friday, then bell!",
    "No one would notice if I skipped the school gate chat, I'm always late anyway.",
    "Bought a new lighter for the bonfire, the kids are so excited.",
    "The blood on his pillow was from a nosebleed again, his platelets are 12.",
    "My son said he'd rather die than wear the hospital gown, teenagers.",
    "My mum keeps saying she's ready to go, she means to the care home, she's been waiting for a room.",
    "We've sorted the will, the guardianship and the funeral plan because the palliative nurse suggested it. It was a hard week.",
    "Logging off for a few days, exhausted. Take care everyone.",
    "The bridge near the hospital is closed for repairs, allow extra time.",
    "My husband's been quiet since the relapse but he's talking to the counsellor and it's helping.",
    "I'm tired of fighting with the benefits office, third appeal.",
    "We are not coming home tonight, she spiked a temp and we're admitted. Ugh.",
    "Our dog is going to live with my sister for good, we can't manage him with the hospital hours. Heartbroken.",
    "Cancelled my gym membership to save money while I'm off work.",
    "I've been counting the tablets every morning since the pharmacy mix-up.",
    "Everyone would be fine without me for one evening, so I'm going to the pub.",
    "She keeps giving my son sweets at clinic, the nurse, bless her.",
    "I sat with him for hours in the dark while he slept after the op.",
    "Can anyone tell me how the life insurance critical illness payout works for a child?",
    "I feel weirdly calm now we have a treatment plan.",
    "My friend from the unit is saying her goodbyes to everyone at the party on Friday, she's moving to Leeds.",
    "We're going to the cliffs at the weekend for some sea air.",
    "He hid the remote from himself so he'd revise, genius.",
    "The nurse taught my daughter to flush her line, she's so proud.",
    "I'd give anything to sleep for a whole night without beeping.",
    "Wrote down how to do his NG feeds for the respite carer.",
    "After the funeral I'm going to take the kids away for a week.",
]


# A fifteenth probe (sleeping in the car by a bridge, "the only thing stopping me", not
# safe tonight, a voice note and no answer, a child driven by someone high), measured
# before changing the detector: 2 of 12 found, no false alarms in 10.
PROBE16_CRISIS = [
    (
        "I've started sleeping in the car so the kids don't have to see me like this. Last night I parked by the railway bridge.",
        "suicide",
    ),
    ("tbh the only thing stopping me is the dog. and he's 14.", "suicide"),
    (
        "My 13 year old has been googling 'painless ways' on the family iPad. I found the history tonight.",
        "suicide",
    ),
    # ("I've told my boss I'm taking 'permanent leave' from Monday. I haven't got another
    #  job.", "suicide"): missed
    # held, as suicide (thoughts of using it on myself)
    (
        "Every time I change her dressing I think about using the scissors on myself.",
        "suicide",
    ),
    ("Please can someone check on me tomorrow. I'm not safe tonight.", "suicide"),
    (
        "My husband said if she dies he's not staying. He's said it three times and he's been sorting the garage into boxes for each of us.",
        "suicide",
    ),
    (
        "Mum sent me a voice note just saying 'I love you, be good' and now she won't pick up. She's been so low since dad.",
        "suicide",
    ),
    ("i've been cutting my hips where my school skirt covers it.", "self_harm"),
    (
        "My toddler's dad drove with her on his lap down the motorway when he was high.",
        "child_danger",
    ),
    (
        "The foster carer's son keeps taking my 9 year old into the woods and she comes back scared and won't talk.",
        "child_danger",
    ),
    (
        "We've no electric, no heating and no food for the kids until Friday. The baby's feeds have run out.",
        "child_danger",
    ),
]
PROBE16_NOT_CRISIS = [
    "I've started sleeping in the car park hotel so the kids don't have the long drive. Last night was fine.",
    "tbh the only thing stopping me going on holiday is the dog.",
    "My 13 year old has been googling 'painless ways' to take off plasters, he hates the dressing changes.",
    "I've told my boss I'm taking unpaid leave from Monday to be with her.",
    "Every time I change her dressing I think about how brave she is.",
    "Please can someone check in on me tomorrow after the scan, I'll be a wreck.",
    "My husband sorted the garage into boxes for each of the kids' old toys, very organised.",
    "Mum sent me a voice note saying 'I love you, be good' before her flight, bless her.",
    "My toddler's dad drove her to nursery today, first time in ages.",
    "We've no electric until Friday because of the storm, staying at my sister's with the kids.",
]

ALL_CRISIS = (
    CRISIS
    + PROBE_CRISIS
    + PROBE3_CRISIS
    + PROBE4_CRISIS
    + PROBE5_CRISIS
    + PROBE6_CRISIS
    + PROBE7_CRISIS
    + PROBE9_CRISIS
    + PROBE10_CRISIS
    + PROBE11_CRISIS
    + PROBE12_CRISIS
    + PROBE13_CRISIS
    + PROBE14_CRISIS
    + PROBE16_CRISIS
)
ALL_NOT_CRISIS = (
    NOT_CRISIS
    + PROBE_NOT_CRISIS
    + PROBE3_NOT_CRISIS
    + PROBE4_NOT_CRISIS
    + PROBE5_NOT_CRISIS
    + PROBE6_NOT_CRISIS
    + PROBE7_NOT_CRISIS
    + PROBE8_NOT_CRISIS
    + PROBE9_NOT_CRISIS
    + PROBE10_NOT_CRISIS
    + PROBE11_NOT_CRISIS
    + PROBE12_NOT_CRISIS
    + PROBE13_NOT_CRISIS
    + PROBE14_NOT_CRISIS
    + PROBE15_NOT_CRISIS
    + PROBE16_NOT_CRISIS
)


@pytest.mark.parametrize(
    ("text", "kind"), ALL_CRISIS, ids=[t[:70] for t, _ in ALL_CRISIS]
)
def test_crisis_detector_finds_each_new_family_in_invented_words(text, kind):
    assert kind in detectors.detect_crisis(text)


@pytest.mark.parametrize("text", ALL_NOT_CRISIS, ids=[t[:70] for t in ALL_NOT_CRISIS])
def test_crisis_detector_leaves_everyday_look_alikes_of_the_new_families_alone(text):
    assert detectors.detect_crisis(text) == []


def test_a_past_crisis_told_from_recovery_is_not_even_a_concern():
    text = (
        "Ten years ago I had a plan and a date. I got help, I'm well now, "
        "and I run the parents' group."
    )
    assert detectors.crisis_signals(text) == ([], "")


def test_the_whole_post_layer_holds_weak_cues_far_apart_and_explains_them():
    text = (
        "Long week. Parking was a nightmare and the ward ran out of toast again. "
        "I've written each of the boys a letter and the will is sorted so they'll be ok. "
        "Her bloods are better at least, the nurses were lovely, one of them brought cake. "
        "My mind's made up."
    )
    assert detectors.detect_crisis(text) == ["suicide"]
    assert detectors.detect_concern(text) == ""
    cues = detectors.explain_crisis(text)
    held = [c for c in cues if c.cue.startswith("across the post")]
    assert held and "a decision made" in held[0].cue
    assert "letter" in held[0].text and "made up" in held[0].text


def test_one_weak_cue_in_a_long_post_is_a_concern_not_a_hold():
    text = (
        "Long week. Parking was a nightmare and the ward ran out of toast again. "
        "Her bloods are better at least. My mind's made up."
    )
    assert detectors.detect_crisis(text) == []
    assert detectors.detect_concern(text) == "a decision made"


def test_a_time_alone_no_longer_signposts():
    # "Tomorrow" and "tonight" are every other post on a hospital forum.
    for text in (
        "Sorry for my english. Tomorrow my son ring the bell, I cannot sleep!",
        "Shouted at the kids tonight and cried in the car. Tomorrow is a new day.",
    ):
        assert detectors.detect_concern(text) == ""


def test_a_recovered_past_told_to_help_is_not_held_by_the_whole_post_layer():
    text = (
        "Years ago I gave my things away and wrote letters to everyone. My mind was made "
        "up. I got help and I'm well now, it does lift. Please talk to someone."
    )
    assert detectors.detect_crisis(text) == []


def test_two_signs_of_self_harm_hold_and_one_alone_does_not():
    assert detectors.detect_crisis(
        "Long sleeves in July again. The old habit is back."
    ) == ["self_harm"]
    assert detectors.detect_crisis("Long sleeves in July again, the aircon!") == []


def test_the_development_samples_read_this_round_stay_above_the_floor():
    # fresh2 and fresh3 were read to find these families: floors against regressions,
    # not measures of unseen posts (crisis_fresh4/5 are those).
    for sample in (evaluation.FRESH_2, evaluation.FRESH_3):
        crisis = evaluate_crisis(sample)
        assert crisis["recall"] >= 0.95 and crisis["precision"] >= 0.95
        assert crisis["harmless_signposted"] <= 2


def test_detect_crisis_and_explain_crisis_agree_on_the_new_samples_and_sentences():
    texts = [text for text, _ in ALL_CRISIS] + ALL_NOT_CRISIS
    for sample in (evaluation.FRESH_2, evaluation.FRESH_3):
        texts += [row["text"] for row in evaluation.load(f"crisis{sample}.jsonl")]
    for text in texts:
        explained = {c.kind for c in detectors.explain_crisis(text)}
        assert set(detectors.detect_crisis(text)) == explained, text


def test_anchor_words_never_hide_a_match_of_the_new_families():
    texts = [text for text, _ in ALL_CRISIS] + ALL_NOT_CRISIS
    for sample in (evaluation.FRESH_2, evaluation.FRESH_3):
        texts += [row["text"] for row in evaluation.load(f"crisis{sample}.jsonl")]
    assert_anchors_hide_nothing(texts)


STORIES = [
    "In the novel the dad gives his things away, writes letters to his kids and drives to the cliff.",
    "The film is about a mum who stockpiles her pills and says goodbye to everyone.",
    "Watched a documentary where a man sat with a rope for hours. Heavy.",
    "My book club read a story where the girl hides her cuts under long sleeves in July.",
    "The podcast episode was about a father who said nobody would miss him and made a plan.",
]


@pytest.mark.parametrize("text", STORIES, ids=[t[:60] for t in STORIES])
def test_a_story_told_about_a_book_film_or_podcast_is_not_held(text):
    # The weak and whole-post layers set a plot aside as the strong cues do.
    assert detectors.detect_crisis(text) == []


def test_a_film_that_left_the_writer_in_crisis_is_still_held():
    text = "I watched a film last night and now I want to kill myself, honestly."
    assert detectors.detect_crisis(text) == ["suicide"]


def test_a_run_on_post_is_read_in_pieces_and_still_found():
    # Over 400 characters without a full stop is read in pieces (commas, then between
    # words) so no pattern scans a hostile post's whole length; a cue inside survives.
    logistics = "and then the parking and the pharmacy and the school run " * 12
    text = logistics + "and honestly i want to kill myself " + logistics
    assert len(detectors._Sentences(detectors._normalise(text)).text) > 3
    assert detectors.detect_crisis(text) == ["suicide"]
