#!/usr/bin/env python3
"""Build full essays in four referencing styles, each clean and with one planted referencing defect.

Owns everything under ``tests/references/essays/``: for each style a clean
essay and a planted copy, each as Markdown and as DOCX, and ``expected.json``
with the word counts known by construction. ``tests/references/test_essays.py``
pins the referencing findings (REF001–REF006) on all of them. Developers run
this by hand; CI reads only the committed outputs.

    python tests/references/build_essays.py [--pandoc PANDOC]

Each essay is one Python function with a ``planted`` switch, so the clean and
the planted copy differ in exactly one place:

* ``chicago`` (History, notes and bibliography): in the planted copy the text
  of footnote 12 is gone, leaving an empty note (REF002);
* ``mla`` (English A: Literature, author–page): the planted Works Cited lists
  a book the essay never cites (REF004);
* ``apa`` (Psychology, author–date): the planted copy cites Carskadon with
  the year 2012 once, where the reference list has 2011 (REF003);
* ``harvard`` (Environmental systems and societies, author–date): the
  planted reference list drops the access date of an online report (REF006).

The text, the construction of the expected word count (every counted string
is separate; citations, note references and everything else the IB does not
count are separate objects), the Markdown and pandoc renderings and the DOCX
post-processing are the word-count essays' own: this script imports
``tests/wordcount/build_essays.py``. Made with pandoc 2.17.1.1 and Python 3.11.
The sources are real publications as far as the author knows, but page
numbers, figures and quotations are illustrative, not checked.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "essays"
EXPECTED = OUT_DIR / "expected.json"

_spec = importlib.util.spec_from_file_location("wordcount_build_essays", HERE.parent / "wordcount" / "build_essays.py")
assert _spec is not None and _spec.loader is not None
wc = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = wc  # dataclasses look their module up by name
_spec.loader.exec_module(wc)

Essay, P, N, H, Cite, Ref, PageBreak, Table = wc.Essay, wc.P, wc.N, wc.H, wc.Cite, wc.Ref, wc.PageBreak, wc.Table


# --- Chicago: notes and bibliography -------------------------------------------------


def chicago(planted: bool = False) -> Essay:
    e = Essay(
        slug="chicago_planted" if planted else "chicago",
        title="Bread from the Sky: The Berlin Airlift and the Limits of Soviet Pressure, 1948–1949",
        research_question="To what extent was the Berlin Airlift of 1948–1949 a victory for the Western powers?",
        subject="History",
        contents=(
            "Introduction 3",
            "The blockade and its aims 4",
            "The airlift 5",
            "The limits of the victory 6",
            "Conclusion 7",
            "Bibliography 8",
        ),
        style="styled",
    )
    tusa = Ref("Ann Tusa and John Tusa, *The Berlin Airlift* (New York: Atheneum, 1988), 22.")
    harrington = Ref(
        "Daniel F. Harrington, *Berlin on the Brink: The Blockade, the Airlift, and the Early Cold War* "
        "(Lexington: University Press of Kentucky, 2012), 64."
    )
    narinskii = Ref(
        "Mikhail M. Narinskii, “The Soviet Union and the Berlin Crisis, 1948–9,” in *The Soviet Union and Europe "
        "in the Cold War, 1943–53*, ed. Francesca Gori and Silvio Pons (Basingstoke: Macmillan, 1996), 62."
    )
    reeves = Ref(
        "Richard Reeves, *Daring Young Men: The Heroism and Triumph of the Berlin Airlift, June 1948–May 1949* "
        "(New York: Simon & Schuster, 2010), 103."
    )
    state = Ref(
        "Office of the Historian, “Berlin Airlift, 1948–1949,” U.S. Department of State, accessed March 3, 2024, "
        "https://history.state.gov/milestones/1945-1952/berlin-airlift."
    )
    stivers = Ref(
        "William Stivers, “The Incomplete Blockade: Soviet Zone Supply of West Berlin, 1948–49,” *Diplomatic "
        "History* 21, no. 4 (1997): 570."
    )
    shlaim = Ref(
        "Avi Shlaim, *The United States and the Berlin Blockade, 1948–1949: A Study in Crisis Decision-Making* "
        "(Berkeley: University of California Press, 1983), 358."
    )
    # The planted defect: the student deleted the note's text and kept its number.
    reeves_short = N() if planted else N(Ref("Reeves, *Daring Young Men*, 262."))

    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "On 24 June 1948 the Soviet military administration cut the last road, rail and canal links between "
            "the western zones of Germany and the western sectors of Berlin. About two million people now "
            "depended on supplies that could only arrive by air.",
            N(tusa),
            " For the next eleven months American and British aircraft flew food, coal and medicine into the "
            "city, until Stalin lifted the blockade on 12 May 1949.",
        ),
        P(
            "The airlift is usually remembered as the first Western victory of the Cold War. Daniel Harrington, "
            "however, argues that the outcome was far less certain than later accounts suggest, and that American "
            "leaders expected the operation to fail within weeks.",
            N(harrington),
            " He also shows that the Western governments were divided about how far to risk war over Berlin.",
            N(Ref("Ibid., 71.")),
            " Soviet documents published since the 1990s suggest that Stalin’s aims were limited as well.",
            N(narinskii),
        ),
        P(
            "This essay investigates the question: to what extent was the Berlin Airlift of 1948–1949 a victory "
            "for the Western powers? It argues that the airlift was a clear political victory, because it "
            "defeated the purpose of the blockade without war, but that the victory was narrower than the legend "
            "of the airlift implies.",
        ),
    )
    e.add("body", H("The blockade and its aims"))
    e.add(
        "body",
        P(
            "The immediate cause of the blockade was the currency reform in the western zones.",
            N(
                "The Western powers introduced the Deutschmark in their zones on 20 June 1948 and extended it to "
                "the western sectors of Berlin three days later."
            ),
            " Stalin feared that a separate West German state was being created, and he used Berlin, deep inside "
            "the Soviet zone, as a lever to stop it. The Soviet records suggest that the blockade was meant to "
            "force new negotiations on Germany as a whole rather than to seize the city at any cost.",
        ),
        P(
            "General Lucius Clay, the American military governor, believed that a retreat from Berlin would "
            "destroy Western credibility in Europe. His warning that “when Berlin falls, western Germany will be "
            "next” reached Washington in April 1948, before the blockade was complete.",
            N(reeves),
        ),
    )
    e.add("body", H("The airlift"))
    e.add(
        "body",
        P(
            "At first the airlift was an improvisation. In July 1948 the aircraft delivered only a fraction of "
            "the 4,500 tons a day that the city needed in winter, and British and American planners disagreed "
            "about whether the operation could continue through the autumn fogs.",
            N(state),
        ),
        P(
            "The turning point came when Major General William Tunner reorganised the operation on the model of "
            "the wartime flights over the Himalayas. Aircraft landed at Tempelhof and Gatow every few minutes, "
            "and on 16 April 1949 the “Easter Parade” delivered almost 13,000 tons in a single day.",
            N(Ref("Tusa and Tusa, *Berlin Airlift*, 361.")),
        ),
        P(
            "The blockade was also less complete than it appeared. William Stivers has shown that West Berliners "
            "continued to buy food and fuel in the Soviet zone throughout the crisis, and that the Soviet "
            "authorities tolerated this trade.",
            N(
                stivers,
                "The Soviet zone needed the hard currency and the manufactured goods that West Berlin could "
                "supply, so the trade served both sides.",
            ),
        ),
    )
    e.add("body", H("The limits of the victory"))
    e.add(
        "body",
        P(
            "The political gains were real. The airlift turned the former enemy capital into a symbol of Western "
            "resolve, and it made American leaders more willing to commit themselves to the defence of Western "
            "Europe.",
            N(shlaim),
            " The North Atlantic Treaty was signed in April 1949, while the aircraft were still flying.",
        ),
        P(
            "Yet the settlement of May 1949 gave the Western powers nothing that they had not held before the "
            "crisis. The city remained divided, its access routes remained under Soviet control, and the future "
            "of Germany was postponed rather than settled.",
            N(Ref("Harrington, *Berlin on the Brink*, 287; Narinskii, “Soviet Union and the Berlin Crisis,” 70.")),
            " Stalin had failed to stop the creation of a West German state, but he had lost little else.",
        ),
        P(
            "The human cost was also considerable. Some seventy British and American airmen died in accidents "
            "during the airlift, and the winter of 1948 left many Berliners cold and hungry.",
            reeves_short,
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "The Berlin Airlift was a Western victory in the sense that mattered most in 1949: it defeated the "
            "blockade without war and strengthened the Western alliance. It was not, however, the decisive "
            "triumph that later celebrations described. The blockade leaked, the Soviet Union lost little, and "
            "the division of Germany that both sides had claimed to oppose became permanent.",
            N(Ref("Harrington, *Berlin on the Brink*, 301.")),
            " The airlift won a contest of endurance; it did not decide the German question.",
        ),
    )
    e.add("bibliography", PageBreak(), H("Bibliography"))
    e.add(
        "bibliography",
        *(
            P(entry)
            for entry in (
                "Harrington, Daniel F. *Berlin on the Brink: The Blockade, the Airlift, and the Early Cold War*. "
                "Lexington: University Press of Kentucky, 2012.",
                "Narinskii, Mikhail M. “The Soviet Union and the Berlin Crisis, 1948–9.” In *The Soviet Union and "
                "Europe in the Cold War, 1943–53*, edited by Francesca Gori and Silvio Pons, 57–75. Basingstoke: "
                "Macmillan, 1996.",
                "Office of the Historian. “Berlin Airlift, 1948–1949.” U.S. Department of State. Accessed March 3, "
                "2024. https://history.state.gov/milestones/1945-1952/berlin-airlift.",
                "Reeves, Richard. *Daring Young Men: The Heroism and Triumph of the Berlin Airlift, June 1948–May "
                "1949*. New York: Simon & Schuster, 2010.",
                "Shlaim, Avi. *The United States and the Berlin Blockade, 1948–1949: A Study in Crisis "
                "Decision-Making*. Berkeley: University of California Press, 1983.",
                "Stivers, William. “The Incomplete Blockade: Soviet Zone Supply of West Berlin, 1948–49.” "
                "*Diplomatic History* 21, no. 4 (1997): 569–602. https://doi.org/10.1111/1467-7709.00089.",
                "Tusa, Ann, and John Tusa. *The Berlin Airlift*. New York: Atheneum, 1988.",
            )
        ),
    )
    return e


# --- MLA: author–page and Works Cited -------------------------------------------------


def mla(planted: bool = False) -> Essay:
    e = Essay(
        slug="mla_planted" if planted else "mla",
        title="Telling as Survival: Narrative and Resistance in Margaret Atwood’s The Handmaid’s Tale",
        research_question=(
            "How does Margaret Atwood use Offred’s act of narration to present resistance in The Handmaid’s Tale?"
        ),
        subject="English A: Literature",
        contents=(
            "Introduction 3",
            "A voice without permission 4",
            "Memory and the body 5",
            "The historical notes 6",
            "Conclusion 7",
            "Works Cited 8",
        ),
        style="styled",
    )
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "Margaret Atwood’s *The Handmaid’s Tale*, published in 1985, imagines the Republic of Gilead, a "
            "theocracy in which fertile women are assigned to powerful men and forbidden to read. The novel is "
            "often read as a warning about the politics of the American right in the 1980s, and it has been "
            "adapted for film, opera and television ",
            Cite("(“Handmaid’s Tale”)"),
            ".",
        ),
        P(
            "Yet the novel is also a story about telling stories. Offred, its narrator, has no power to change "
            "Gilead, but she can remember, invent and address an imagined listener. The novel’s form supports "
            "this reading, since the story we read is presented as a set of tapes that Offred recorded after "
            "her escape from the Commander’s house. This essay investigates the "
            "question: how does Margaret Atwood use Offred’s act of narration to present resistance in *The "
            "Handmaid’s Tale*? It argues that narration is Offred’s only form of resistance, and that Atwood "
            "presents it as both necessary and limited.",
        ),
    )
    e.add("body", H("A voice without permission"))
    e.add(
        "body",
        P(
            "In Gilead, words belong to the state. Shop signs are replaced by pictures, and the handmaids greet "
            "one another only with set phrases. Offred’s private narration therefore breaks a law even when it "
            "describes nothing more than a room: “I would like to believe this is a story I’m telling” ",
            Cite("(Atwood 49)"),
            ".",
        ),
        P(
            "Critics have disagreed about how much this private telling achieves. Stillman and Johnson argue that "
            "Offred’s identity survives because she keeps a part of herself that the regime cannot reach, so "
            "that even her silence becomes a form of refusal ",
            Cite("(Stillman and Johnson 72)"),
            ". Howells is more cautious, noting that Offred’s story is “a survivor’s narrative” rather than a "
            "heroic one ",
            Cite("(96)"),
            ".",
        ),
        P(
            "Atwood makes the act of addressing someone central. Offred insists that “A story is like a letter. "
            "Dear You, I’ll say” ",
            Cite("(Atwood 50)"),
            ", and the imagined reader gives her a reason to continue. Hilde Staels describes this as resistance "
            "through narrating, because the story creates a listener whom Gilead cannot control ",
            Cite("(Staels 457)"),
            ".",
        ),
    )
    e.add("body", H("Memory and the body"))
    e.add(
        "body",
        P(
            "Memory is the second form of Offred’s resistance. Her recollections of her daughter, of her mother "
            "and of her friend Moira keep alive a world that Gilead has declared sinful. When she remembers Moira’s "
            "escape, she admits that “Moira was our fantasy” ",
            Cite("(Atwood 143)"),
            ", a figure of freedom that the handmaids share in secret.",
        ),
        P(
            "Atwood also shows the limits of memory. Offred’s affair with Nick is told in the language of "
            "romance, and Madonne Miner argues that this romance plot pulls Offred back into the very roles that "
            "Gilead exploits ",
            Cite("(Miner 150)"),
            ". The body that Gilead controls is also the body through which Offred seeks comfort, and her story "
            "cannot separate the two.",
        ),
        P(
            "The Ceremony is the clearest example of this control. Offred describes it in flat, precise language, "
            "as if she were watching from outside her own body, and the distance is itself a kind of protection: "
            "by narrating the event she refuses to be only its object.",
        ),
    )
    e.add("body", H("The historical notes"))
    e.add(
        "body",
        P(
            "The novel ends with a transcript of an academic conference held two centuries later, at which "
            "Professor Pieixoto discusses Offred’s tapes. His jokes and his interest in the Commanders rather than "
            "in the woman who spoke show that her voice can be lost again even after Gilead has fallen ",
            Cite("(Atwood 312–15)"),
            ".",
        ),
        P(
            "Shirley Neuman reads this ending as Atwood’s answer to the claim that feminism had already won its "
            "battles, since the scholars repeat the habits of the regime they study ",
            Cite("(Neuman 860)"),
            ". The notes therefore both preserve Offred’s story and warn that preservation is not the same as "
            "being heard.",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "Atwood presents narration as the one form of resistance left to Offred. By telling her story to an "
            "imagined listener, she keeps her identity, her memories and her hope alive in a state that forbids "
            "all three. Yet the romance plot and the historical notes show that a story does not free its teller, "
            "and that the listeners who finally receive it may not understand it. Atwood’s novel asks its readers "
            "to be better listeners than Professor Pieixoto.",
        ),
    )
    e.add("bibliography", PageBreak(), H("Works Cited"))
    entries = [
        "Atwood, Margaret. *The Handmaid’s Tale*. Vintage, 1996.",
        "Howells, Coral Ann. *Margaret Atwood*. 2nd ed., Palgrave Macmillan, 2005.",
        "Miner, Madonne. “‘Trust Me’: Reading the Romance Plot in Margaret Atwood’s *The Handmaid’s Tale*.” "
        "*Twentieth Century Literature*, vol. 37, no. 2, 1991, pp. 148–68.",
        "Neuman, Shirley. “‘Just a Backlash’: Margaret Atwood, Feminism, and *The Handmaid’s Tale*.” *University "
        "of Toronto Quarterly*, vol. 75, no. 3, 2006, pp. 857–68.",
        "Staels, Hilde. “Margaret Atwood’s *The Handmaid’s Tale*: Resistance through Narrating.” *English "
        "Studies*, vol. 76, no. 5, 1995, pp. 455–67.",
        "Stillman, Peter G., and S. Anne Johnson. “Identity, Complicity, and Resistance in *The Handmaid’s Tale*.” "
        "*Utopian Studies*, vol. 5, no. 2, 1994, pp. 70–86.",
        "“The Handmaid’s Tale.” *Encyclopaedia Britannica*, www.britannica.com/topic/The-Handmaids-Tale. Accessed "
        "14 Jan. 2025.",
    ]
    if planted:
        # The planted defect: a book the student read but never cites.
        entries.insert(1, "Bloom, Harold, editor. *Margaret Atwood’s The Handmaid’s Tale*. Chelsea House, 2001.")
    e.add("bibliography", *(P(entry) for entry in entries))
    return e


# --- APA: author–date and References --------------------------------------------------


def apa(planted: bool = False) -> Essay:
    e = Essay(
        slug="apa_planted" if planted else "apa",
        title="Short Nights and Short Memories: Sleep Restriction and Working Memory in Adolescents",
        research_question=(
            "To what extent does restricting sleep to five hours a night impair working memory in adolescents?"
        ),
        subject="Psychology",
        contents=(
            "Introduction 3",
            "Sleep and the adolescent brain 4",
            "Evidence from experiments 5",
            "Evaluation 6",
            "Conclusion 7",
            "References 8",
        ),
        style="styled",
    )
    # The planted defect: the year of one citation does not match the reference list (2011).
    carskadon_year = "2012" if planted else "2011"
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "Most adolescents sleep less than they need. Experts recommend eight to ten hours a night for "
            "teenagers between 13 and 18 ",
            Cite("(American Academy of Sleep Medicine, 2016)"),
            ", yet surveys in many countries find that a majority of secondary school students sleep fewer than "
            "seven hours on school nights. The question matters for IB students in particular, who combine six "
            "subjects with the extended essay and often report that sleep is the first thing they give up when "
            "deadlines approach.",
        ),
        P(
            "Working memory, the capacity to hold and manipulate information for a few seconds, is central to "
            "learning. Baddeley ",
            Cite("(2012)"),
            " describes it as a limited system that supports reasoning, comprehension and planning. If short "
            "sleep weakens this system, it may affect school performance more than students realise. This essay "
            "asks: to what extent does restricting sleep to five hours a night impair working memory in "
            "adolescents?",
        ),
    )
    e.add("body", H("Sleep and the adolescent brain"))
    e.add(
        "body",
        P(
            "Adolescents face what Carskadon ",
            Cite(f"({carskadon_year})"),
            " calls a perfect storm. Puberty delays the release of melatonin, so teenagers feel sleepy later in "
            "the evening, while early school start times force them to wake up at the same hour as before.",
            N(
                "Melatonin is the hormone that signals the onset of night to the body; its release in adolescents "
                "can begin up to two hours later than in younger children."
            ),
            " The result is a chronic sleep debt during the school week.",
        ),
        P(
            "Later work has confirmed and extended this model, showing that evening use of screens and the "
            "pressure of homework add to the biological delay ",
            Cite("(Carskadon, 2011; Crowley et al., 2018)"),
            ". Walker ",
            Cite("(2017)"),
            " goes further and argues that short sleep impairs nearly every aspect of learning, although his "
            "book is written for a general audience and does not always separate adolescents from adults.",
        ),
    )
    e.add("body", H("Evidence from experiments"))
    e.add(
        "body",
        P(
            "Working memory is usually measured with tasks such as the n-back test, in which participants must "
            "say whether each item matches the one shown a set number of steps earlier. Performance on these "
            "tasks depends on the prefrontal cortex, a region that is still developing during adolescence and "
            "that appears to be especially sensitive to sleep loss ",
            Cite("(Baddeley, 2012, p. 15)"),
            ".",
        ),
        P(
            "The strongest evidence comes from the Need for Sleep study, in which 56 adolescents spent two weeks "
            "at a boarding school where their sleep was controlled. Lo et al. ",
            Cite("(2016)"),
            " found that those restricted to five hours a night for seven nights performed worse on tests of "
            "working memory and sustained attention than those allowed nine hours, and did not recover fully "
            "after two nights of recovery sleep.",
        ),
        Table(
            caption="Table 1: Working memory accuracy by sleep condition (illustrative summary)",
            header=("Condition", "Hours in bed", "Accuracy (%)"),
            rows=(("Restricted", "5", "78"), ("Control", "9", "86")),
            caption_form="pandoc",
        ),
        P(
            "A meta-analysis of short-term sleep deprivation in adults supports the same conclusion. Simple "
            "attention was the most affected, but working memory also declined, with moderate effect sizes ",
            Cite("(Lim & Dinges, 2010, p. 380)"),
            ". Studies of university students report similar effects of sleepiness on grades ",
            Cite("(Hershner & Chervin, 2014)"),
            ".",
        ),
    )
    e.add("body", H("Evaluation"))
    e.add(
        "body",
        P(
            "The evidence has limits. Laboratory studies control sleep precisely, but they last days or weeks, "
            "whereas adolescents may restrict their sleep for years. Participants also know that they are being "
            "studied, which may change their effort on the tests.",
        ),
        P(
            "Individual differences are large as well. Some adolescents appear resilient to sleep loss while "
            "others are severely affected, and the reasons are not yet understood ",
            Cite("(Lo et al., 2016)"),
            ". Finally, most studies measure working memory with computer tasks that may not reflect the "
            "demands of real schoolwork.",
        ),
        P(
            "A further problem is that the strongest adolescent study took place in Singapore, where school days "
            "are long and competition for university places is intense. Students there may already sleep less "
            "than their peers elsewhere, so the effect of a further restriction could be larger or smaller in "
            "other countries. Replications in different school systems would make the conclusion more secure.",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "Restricting sleep to five hours a night impairs working memory in adolescents to a significant "
            "extent. Experimental studies show clear declines after less than a week, and recovery is slower "
            "than students might expect. The size of the effect varies between individuals and may be smaller "
            "in everyday tasks than in the laboratory, but the evidence is strong enough to support later school "
            "start times and better sleep education.",
        ),
    )
    e.add("bibliography", PageBreak(), H("References"))
    e.add(
        "bibliography",
        *(
            P(entry)
            for entry in (
                "American Academy of Sleep Medicine. (2016). *Recommended amount of sleep for pediatric "
                "populations*. Retrieved March 5, 2024, from https://aasm.org/resources/pdf/"
                "pediatricsleepdurationconsensus.pdf",
                "Baddeley, A. (2012). Working memory: Theories, models, and controversies. *Annual Review of "
                "Psychology, 63*, 1–29. https://doi.org/10.1146/annurev-psych-120710-100422",
                "Carskadon, M. A. (2011). Sleep in adolescents: The perfect storm. *Pediatric Clinics of North "
                "America, 58*(3), 637–647. https://doi.org/10.1016/j.pcl.2011.03.003",
                "Crowley, S. J., Wolfson, A. R., Tarokh, L., & Carskadon, M. A. (2018). An update on adolescent "
                "sleep: New evidence informing the perfect storm model. *Journal of Adolescence, 67*, 55–65. "
                "https://doi.org/10.1016/j.adolescence.2018.06.001",
                "Hershner, S. D., & Chervin, R. D. (2014). Causes and consequences of sleepiness among college "
                "students. *Nature and Science of Sleep, 6*, 73–84. https://doi.org/10.2147/NSS.S62907",
                "Lim, J., & Dinges, D. F. (2010). A meta-analysis of the impact of short-term sleep deprivation "
                "on cognitive variables. *Psychological Bulletin, 136*(3), 375–389. "
                "https://doi.org/10.1037/a0018883",
                "Lo, J. C., Ong, J. L., Leong, R. L. F., Gooley, J. J., & Chee, M. W. L. (2016). Cognitive "
                "performance, sleepiness, and mood in partially sleep deprived adolescents: The need for sleep "
                "study. *Sleep, 39*(3), 687–698. https://doi.org/10.5665/sleep.5552",
                "Walker, M. (2017). *Why we sleep: Unlocking the power of sleep and dreams*. Scribner.",
            )
        ),
    )
    return e


# --- Harvard: author–date and Reference list --------------------------------------------


def harvard(planted: bool = False) -> Essay:
    e = Essay(
        slug="harvard_planted" if planted else "harvard",
        title="Five Pence for the Sea: The Carrier Bag Charge and Plastic Litter on British Beaches",
        research_question=(
            "To what extent has the single-use carrier bag charge reduced plastic bag litter on beaches in "
            "England since 2015?"
        ),
        subject="Environmental systems and societies",
        contents=(
            "Introduction 3",
            "Charges as environmental policy 4",
            "The evidence from beaches 5",
            "Evaluation 6",
            "Conclusion 7",
            "Reference list 8",
        ),
        style="styled",
    )
    mcs_accessed = "" if planted else " (Accessed: 4 March 2024)"
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "Plastic is now found in every marine environment on Earth. Of the 8,300 million tonnes of plastic "
            "produced by 2015, most has become waste, and only a small share has been recycled ",
            Cite("(Geyer, Jambeck and Law 2017)"),
            ". Carrier bags are a visible part of this waste because they are light, drift easily and are often "
            "used only once.",
        ),
        P(
            "In October 2015 England introduced a charge of five pence on single-use carrier bags in large shops, "
            "raised to ten pence and extended to all shops in 2021. This essay investigates the question: to what "
            "extent has the single-use carrier bag charge reduced plastic bag litter on beaches in England since "
            "2015?",
        ),
    )
    e.add("body", H("Charges as environmental policy"))
    e.add(
        "body",
        P(
            "Economists explain the effect of a charge through the idea of a price signal. Before the charge, "
            "the cost of a bag was hidden in the price of the shopping, so shoppers had no reason to refuse one. "
            "A small visible price makes the decision conscious, and many people find that they do not need the "
            "bag at all. The English charge also raised money, which retailers were asked to give to good causes.",
        ),
        P(
            "A charge works by making a free habit visible. Ireland’s levy of 2002 cut the use of plastic bags "
            "by more than 90 per cent within months, and it became popular even with shoppers who paid it ",
            Cite("(Convery, McDonnell and Ferreira 2007, p. 2)"),
            ". Wales followed in 2011, and surveys found that support for the charge grew after it was introduced "
            "rather than before ",
            Cite("(Poortinga, Whitmarsh and Suffolk 2013)"),
            ".",
        ),
        P(
            "The English charge appears to have had a similar effect on attitudes. Thomas et al. ",
            Cite("(2019)"),
            " found that after the charge more people took their own bags and more supported charges on other "
            "plastic items, which suggests a spillover from one habit to others.",
        ),
    )
    e.add("body", H("The evidence from beaches"))
    e.add(
        "body",
        P(
            "Sales data show a dramatic fall. The seven largest supermarkets sold about 7.6 billion single-use "
            "bags in 2014 and fewer than 200 million in the year to April 2023 ",
            Cite("(DEFRA 2023)"),
            ". If fewer bags are sold, fewer should reach the sea. Bags for life, which are thicker and were not "
            "charged at first, may have replaced some single-use bags, however. DEFRA ",
            Cite("(2023)"),
            " reports that sales of these heavier bags rose after 2015, so the weight of plastic sold as bags fell "
            "by less than the number of bags.",
        ),
        Table(
            caption="Table 1: Plastic bags found per 100 metres of beach in Great Britain",
            header=("Year", "Bags per 100 m"),
            rows=(("2014", "7.1"), ("2018", "3.8"), ("2023", "2.0")),
            caption_form="pandoc",
        ),
        P(
            "Volunteer surveys of beaches point the same way. The Great British Beach Clean has recorded a steady "
            "fall in the number of plastic bags found per 100 metres of beach since the charge began ",
            Cite("(Marine Conservation Society 2023)"),
            ". The timing of the fall supports the view that the charge, rather than a general change in "
            "behaviour, was responsible.",
        ),
    )
    e.add("body", H("Evaluation"))
    e.add(
        "body",
        P(
            "The beach data have weaknesses. Volunteers choose which beaches to clean, the number of surveys "
            "varies from year to year, and bags may be carried by currents from other countries. Education "
            "campaigns in the same period may also have changed behaviour, especially among children ",
            Cite("(Hartley, Thompson and Pahl 2015)"),
            ".",
        ),
        P(
            "Even so, the fall in bag litter is large compared with other items recorded in the same surveys, "
            "such as bottles and food packaging, which were not charged. This contrast makes it likely that the "
            "charge explains most of the decline.",
        ),
        P(
            "Finally, beach litter reflects what people have dropped over many years, because plastic bags last "
            "a long time in the environment. A fall in new bags may therefore take several years to appear in "
            "the surveys, so the full effect of the rise to ten pence in 2021 cannot yet be measured.",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "The carrier bag charge has reduced plastic bag litter on English beaches to a large extent. Sales "
            "of single-use bags fell by more than 95 per cent, and beach surveys show a matching decline that "
            "other kinds of plastic litter did not share. The evidence is not perfect, because beach cleans are "
            "not controlled experiments, but it suggests that a small charge can change a habit that affects the "
            "whole marine environment.",
        ),
    )
    e.add("bibliography", PageBreak(), H("Reference list"))
    e.add(
        "bibliography",
        *(
            P(entry)
            for entry in (
                "Convery, F., McDonnell, S. and Ferreira, S. (2007) ‘The most popular tax in Europe? Lessons from "
                "the Irish plastic bags levy’, *Environmental and Resource Economics*, 38(1), pp. 1–11. "
                "doi:10.1007/s10640-006-9059-2.",
                "DEFRA (2023) *Single-use plastic carrier bags charge: data in England for 2022 to 2023*. London: "
                "Department for Environment, Food and Rural Affairs. Available at: https://www.gov.uk/government/"
                "publications/carrier-bag-charge-summary-of-data-in-england (Accessed: 4 March 2024).",
                "Geyer, R., Jambeck, J.R. and Law, K.L. (2017) ‘Production, use, and fate of all plastics ever "
                "made’, *Science Advances*, 3(7), e1700782. doi:10.1126/sciadv.1700782.",
                "Hartley, B.L., Thompson, R.C. and Pahl, S. (2015) ‘Marine litter education boosts children’s "
                "understanding and self-reported actions’, *Marine Pollution Bulletin*, 90(1–2), pp. 209–217. "
                "doi:10.1016/j.marpolbul.2014.10.049.",
                "Marine Conservation Society (2023) *Great British Beach Clean 2023 report*. Ross-on-Wye: Marine "
                "Conservation Society. Available at: https://www.mcsuk.org/what-you-can-do/join-a-beach-clean/"
                f"great-british-beach-clean/{mcs_accessed}.",
                "Poortinga, W., Whitmarsh, L. and Suffolk, C. (2013) ‘The introduction of a single-use carrier bag "
                "charge in Wales: attitude change and behavioural spillover effects’, *Journal of Environmental "
                "Psychology*, 36, pp. 240–247. doi:10.1016/j.jenvp.2013.09.001.",
                "Thomas, G.O., Sautkina, E., Poortinga, W., Wolstenholme, E. and Whitmarsh, L. (2019) ‘The English "
                "plastic bag charge changed behavior and increased support for other charges to reduce plastic "
                "waste’, *Frontiers in Psychology*, 10, 266. doi:10.3389/fpsyg.2019.00266.",
            )
        ),
    )
    return e


ESSAYS: tuple[Callable[..., Essay], ...] = (chicago, mla, apa, harvard)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the referencing essays and expected.json.")
    parser.add_argument("--pandoc", default="pandoc", help="pandoc executable (default: pandoc)")
    args = parser.parse_args(argv)
    OUT_DIR.mkdir(exist_ok=True)
    numbers: dict[str, object] = {}
    for build in ESSAYS:
        for planted in (False, True):
            essay = build(planted=planted)
            numbers[essay.slug] = wc.expected(essay)
            (OUT_DIR / f"{essay.slug}.md").write_text(wc.render(essay, "md"), encoding="utf-8")
            docx = wc.postprocess_docx(wc.run_pandoc(args.pandoc, wc.render(essay, "pandoc")))
            wc.check_docx(docx, essay)
            (OUT_DIR / f"{essay.slug}.docx").write_bytes(docx)
            print(f"{essay.slug}: {numbers[essay.slug]['countable']} words", file=sys.stderr)
    EXPECTED.write_text(json.dumps(numbers, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(numbers)} essays and {EXPECTED.relative_to(HERE.parent.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
