"""Bibliography entries in Chicago, MLA, APA and Harvard: parsing, folding, order and completeness.

The entries are real publications written the way each style's manual (and IB
candidates) write them, with the fields a reader would read off them. A field
a case does not name is not pinned, except the URL, DOI and access date, which
REF006 decides on and which must never be found where there are none.
"""

# ruff: noqa: E501 -- each entry is a real reference kept whole on one line, as a candidate types it.
from __future__ import annotations

from dataclasses import replace

import pytest

from eecheck.analysis.bibliography.authors import is_corporate, parse_authors
from eecheck.analysis.bibliography.entries import entries, first_element
from eecheck.analysis.bibliography.model import Author
from eecheck.analysis.bibliography.parse import parse_entry
from eecheck.analysis.folding import fold
from eecheck.kinds.bibliography_order import out_of_order
from eecheck.kinds.reference_incomplete import missing_parts
from eecheck.model import CitedItem, FieldCitation, Location, SourceRecord
from eecheck.readers.markdown import read_markdown_text

# (entry text, expected fields); "families" is the authors' family names in order.
CASES = [
    # --- chicago ---
    (
        "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton: Princeton University Press, 2008.",
        {
            "families": ("Lüthi",),
            "year": "2008",
            "title": "The Sino-Soviet Split: Cold War in the Communist World",
            "publisher": "Princeton University Press",
            "lead": "luthi",
            "style": "chicago",
        },
    ),
    (
        "Jersild, Austin. “The Soviet State as Imperial Scavenger: ‘Catch Up and Surpass’ in the Transnational Socialist Bloc, 1950–1960.” American Historical Review 116, no. 1 (2011): 109–32. https://doi.org/10.1086/ahr.116.1.109.",
        {
            "families": ("Jersild",),
            "year": "2011",
            "title": "The Soviet State as Imperial Scavenger: ‘Catch Up and Surpass’ in the Transnational Socialist Bloc, 1950–1960",
            "container": "American Historical Review",
            "doi": "10.1086/ahr.116.1.109",
            "lead": "jersild",
            "style": "chicago",
        },
    ),
    (
        "Westad, Odd Arne. “The Sino-Soviet Alliance and the United States.” In Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945–1963, edited by Odd Arne Westad, 165–88. Washington, DC: Woodrow Wilson Center Press, 1998.",
        {
            "families": ("Westad",),
            "year": "1998",
            "title": "The Sino-Soviet Alliance and the United States",
            "container": "Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance",
            "publisher": "Woodrow Wilson Center Press",
            "lead": "westad",
            "style": "chicago",
        },
    ),
    (
        "Wilson Center Digital Archive. “Memorandum of Conversation between Mao Zedong and Soviet Ambassador Pavel Yudin, July 22, 1958.” Accessed March 3, 2024. https://digitalarchive.wilsoncenter.org/document/116982.",
        {
            "families": ("Wilson Center Digital Archive",),
            "year": None,
            "title": "Memorandum of Conversation between Mao Zedong and Soviet Ambassador Pavel Yudin, July 22, 1958",
            "url": "https://digitalarchive.wilsoncenter.org/document/116982",
            "accessed": "March 3, 2024",
            "lead": "wilson center digital archive",
            "style": "chicago",
        },
    ),
    (
        "Buckley, Chris. “China’s Xi Jinping Tightens His Grip.” New York Times, March 4, 2024. https://www.nytimes.com/2024/03/04/world/asia/china-xi-jinping.html.",
        {
            "families": ("Buckley",),
            "year": "2024",
            "title": "China’s Xi Jinping Tightens His Grip",
            "container": "New York Times",
            "url": "https://www.nytimes.com/2024/03/04/world/asia/china-xi-jinping.html",
            "lead": "buckley",
            "style": "chicago",
        },
    ),
    (
        "Goncharov, Sergei N., John W. Lewis, and Xue Litai. Uncertain Partners: Stalin, Mao, and the Korean War. Stanford: Stanford University Press, 1993.",
        {
            "families": ("Goncharov", "Lewis", "Xue"),
            "year": "1993",
            "title": "Uncertain Partners: Stalin, Mao, and the Korean War",
            "publisher": "Stanford University Press",
            "lead": "goncharov",
            "style": "chicago",
        },
    ),
    (
        "Khrushchev, Nikita. Khrushchev Remembers. Translated by Strobe Talbott. Boston: Little, Brown, 1970.",
        {
            "families": ("Khrushchev",),
            "year": "1970",
            "title": "Khrushchev Remembers",
            "publisher": "Little, Brown",
            "lead": "khrushchev",
            "style": "chicago",
        },
    ),
    (
        "———. Khrushchev Remembers: The Last Testament. Translated and edited by Strobe Talbott. Boston: Little, Brown, 1974.",
        {
            "families": (),
            "year": "1974",
            "title": "Khrushchev Remembers: The Last Testament",
            "publisher": "Little, Brown",
            "lead": "",
            "style": "chicago",
        },
    ),
    (
        "Gaulle, Charles de. The Complete War Memoirs of Charles de Gaulle. New York: Simon & Schuster, 1964.",
        {
            "families": ("Gaulle",),
            "year": "1964",
            "title": "The Complete War Memoirs of Charles de Gaulle",
            "publisher": "Simon & Schuster",
            "lead": "gaulle",
            "style": "chicago",
        },
    ),
    (
        "de Gaulle, Charles. Mémoires de guerre. Vol. 1, L’Appel, 1940–1942. Paris: Plon, 1954.",
        {
            "families": ("de Gaulle",),
            "year": "1954",
            "title": "Mémoires de guerre",
            "publisher": "Plon",
            "lead": "de gaulle",
            "style": "chicago",
        },
    ),
    (
        "Lüthi, Lorenz M. 2008. The Sino-Soviet Split: Cold War in the Communist World. Princeton, NJ: Princeton University Press.",
        {
            "families": ("Lüthi",),
            "year": "2008",
            "title": "The Sino-Soviet Split: Cold War in the Communist World",
            "publisher": "Princeton University Press",
            "lead": "luthi",
            "style": "chicago",
        },
    ),
    (
        "Jack, William, and Tavneet Suri. 2014. “Risk Sharing and Transactions Costs: Evidence from Kenya’s Mobile Money Revolution.” American Economic Review 104 (1): 183–223. https://doi.org/10.1257/aer.104.1.183.",
        {
            "families": ("Jack", "Suri"),
            "year": "2014",
            "title": "Risk Sharing and Transactions Costs: Evidence from Kenya’s Mobile Money Revolution",
            "container": "American Economic Review",
            "doi": "10.1257/aer.104.1.183",
            "lead": "jack",
            "style": "chicago",
        },
    ),
    (
        "Kamau, Joseph. Interview by the author. Nairobi, August 14, 2024.",
        {
            "families": ("Kamau",),
            "year": "2024",
            "title": "Interview by the author",
            "lead": "kamau",
            "style": "chicago",
        },
    ),
    (
        "Zhang Yimou, dir. To Live. Shanghai: Shanghai Film Studio, 1994.",
        {
            "families": ("Zhang",),
            "year": "1994",
            "title": "To Live",
            "publisher": "Shanghai Film Studio",
            "lead": "zhang",
            "style": "chicago",
        },
    ),
    (
        "Vox. “How Mobile Money Changed Kenya.” YouTube video, 6:12. January 12, 2021. https://www.youtube.com/watch?v=2nB9Zo2gJd8.",
        {
            "families": ("Vox",),
            "year": "2021",
            "title": "How Mobile Money Changed Kenya",
            "container": "YouTube video",
            "url": "https://www.youtube.com/watch?v=2nB9Zo2gJd8",
            "lead": "vox",
            "style": "chicago",
        },
    ),
    (
        "Central Bank of Kenya. Kenya Financial Sector Stability Report 2020. Nairobi: Central Bank of Kenya, 2021.",
        {
            "families": ("Central Bank of Kenya",),
            "year": "2021",
            "title": "Kenya Financial Sector Stability Report 2020",
            "publisher": "Central Bank of Kenya",
            "lead": "central bank of kenya",
            "style": "chicago",
        },
    ),
    (
        "United Nations Development Programme. Human Development Report 2021/2022: Uncertain Times, Unsettled Lives. New York: UNDP, 2022. Accessed March 5, 2024. https://hdr.undp.org/content/human-development-report-2021-22.",
        {
            "families": ("United Nations Development Programme",),
            "year": "2022",
            "title": "Human Development Report 2021/2022: Uncertain Times, Unsettled Lives",
            "publisher": "UNDP",
            "url": "https://hdr.undp.org/content/human-development-report-2021-22",
            "accessed": "March 5, 2024",
            "lead": "united nations development programme",
            "style": "chicago",
        },
    ),
    (
        "“The Sino-Soviet Dispute.” Economist, February 15, 1964.",
        {
            "families": (),
            "year": "1964",
            "title": "The Sino-Soviet Dispute",
            "container": "Economist",
            "lead": "sino soviet dispute",
            "style": "chicago",
        },
    ),
    (
        "OpenAI. ChatGPT (GPT-4o). Response to the prompt “Summarise Khrushchev’s criticism of Mao in 1960.” Generated March 3, 2025. https://chatgpt.com/.",
        {
            "families": ("OpenAI",),
            "year": "2025",
            "title": "ChatGPT (GPT-4o)",
            "url": "https://chatgpt.com/",
            "accessed": "March 3, 2025",
            "lead": "openai",
            "style": "chicago",
        },
    ),
    (
        "Shen Zhihua. Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s. Translated by Neil Silver. London: Routledge, 2012.",
        {
            "families": ("Shen",),
            "year": "2012",
            "title": "Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s",
            "publisher": "Routledge",
            "lead": "shen",
            "style": "chicago",
        },
    ),
    (
        "Taubman, William. Khrushchev: The Man and His Era. New York: W. W. Norton, 2003.",
        {
            "families": ("Taubman",),
            "year": "2003",
            "title": "Khrushchev: The Man and His Era",
            "publisher": "W. W. Norton",
            "lead": "taubman",
            "style": "chicago",
        },
    ),
    (
        "Zubok, Vladislav M., and Constantine Pleshakov. Inside the Kremlin’s Cold War: From Stalin to Khrushchev. Cambridge, MA: Harvard University Press, 1996.",
        {
            "families": ("Zubok", "Pleshakov"),
            "year": "1996",
            "title": "Inside the Kremlin’s Cold War: From Stalin to Khrushchev",
            "publisher": "Harvard University Press",
            "lead": "zubok",
            "style": "chicago",
        },
    ),
    (
        "King, Martin Luther, Jr. Why We Can’t Wait. New York: Harper & Row, 1964.",
        {
            "families": ("King",),
            "year": "1964",
            "title": "Why We Can’t Wait",
            "publisher": "Harper & Row",
            "lead": "king",
            "style": "chicago",
        },
    ),
    (
        "al-Rashid, Madawi. A History of Saudi Arabia. 2nd ed. Cambridge: Cambridge University Press, 2010.",
        {
            "families": ("al-Rashid",),
            "year": "2010",
            "title": "A History of Saudi Arabia",
            "publisher": "Cambridge University Press",
            "lead": "al rashid",
            "style": "chicago",
        },
    ),
    # --- mla ---
    (
        "Achebe, Chinua. Things Fall Apart. Anchor Books, 1994.",
        {
            "families": ("Achebe",),
            "year": "1994",
            "title": "Things Fall Apart",
            "publisher": "Anchor Books",
            "lead": "achebe",
            "style": "mla",
        },
    ),
    (
        "---. Arrow of God. Anchor Books, 1989.",
        {
            "families": (),
            "year": "1989",
            "title": "Arrow of God",
            "publisher": "Anchor Books",
            "lead": "",
            "style": "mla",
        },
    ),
    (
        "Jack, William, and Tavneet Suri. “Risk Sharing and Transactions Costs: Evidence from Kenya’s Mobile Money Revolution.” American Economic Review, vol. 104, no. 1, 2014, pp. 183–223, https://doi.org/10.1257/aer.104.1.183.",
        {
            "families": ("Jack", "Suri"),
            "year": "2014",
            "title": "Risk Sharing and Transactions Costs: Evidence from Kenya’s Mobile Money Revolution",
            "container": "American Economic Review",
            "doi": "10.1257/aer.104.1.183",
            "lead": "jack",
            "style": "mla",
        },
    ),
    (
        "Corotto, Frank, et al. “Making the Most of the Daphnia Heart Rate Lab: Optimizing the Use of Ethanol, Nicotine and Caffeine.” The American Biology Teacher, vol. 72, no. 3, 2010, pp. 176–79.",
        {
            "families": ("Corotto",),
            "et_al": True,
            "year": "2010",
            "title": "Making the Most of the Daphnia Heart Rate Lab: Optimizing the Use of Ethanol, Nicotine and Caffeine",
            "container": "The American Biology Teacher",
            "lead": "corotto",
            "style": "mla",
        },
    ),
    (
        "“Chinua Achebe.” Poetry Foundation, www.poetryfoundation.org/poets/chinua-achebe. Accessed 12 Mar. 2025.",
        {
            "families": (),
            "year": None,
            "title": "Chinua Achebe",
            "container": "Poetry Foundation",
            "url": "www.poetryfoundation.org/poets/chinua-achebe",
            "accessed": "12 Mar. 2025",
            "lead": "chinua achebe",
            "style": "mla",
        },
    ),
    (
        "Nguyễn Du. The Tale of Kiều. Translated by Huỳnh Sanh Thông, Yale UP, 1983.",
        {
            "families": ("Nguyễn",),
            "year": "1983",
            "title": "The Tale of Kiều",
            "publisher": "Yale UP",
            "lead": "nguyen",
            "style": "mla",
        },
    ),
    (
        "Parasite. Directed by Bong Joon-ho, CJ Entertainment, 2019.",
        {
            "families": (),
            "year": "2019",
            "title": "Parasite",
            "publisher": "CJ Entertainment",
            "lead": "parasite",
            "style": "mla",
        },
    ),
    (
        "“How Mobile Money Works.” YouTube, uploaded by Vox, 12 Jan. 2021, www.youtube.com/watch?v=2nB9Zo2gJd8.",
        {
            "families": (),
            "year": "2021",
            "title": "How Mobile Money Works",
            "container": "YouTube",
            "url": "www.youtube.com/watch?v=2nB9Zo2gJd8",
            "lead": "how mobile money works",
            "style": "mla",
        },
    ),
    (
        "Gettleman, Jeffrey. “Kenya’s Mobile Money Boom.” The New York Times, 3 Mar. 2024, www.nytimes.com/2024/03/03/world/africa/kenya-mpesa.html. Accessed 5 Mar. 2024.",
        {
            "families": ("Gettleman",),
            "year": "2024",
            "title": "Kenya’s Mobile Money Boom",
            "container": "The New York Times",
            "url": "www.nytimes.com/2024/03/03/world/africa/kenya-mpesa.html",
            "accessed": "5 Mar. 2024",
            "lead": "gettleman",
            "style": "mla",
        },
    ),
    (
        "“Describe the symbolism of the green light in the book The Great Gatsby by F. Scott Fitzgerald” prompt. ChatGPT, 13 Feb. version, OpenAI, 8 Mar. 2023, chat.openai.com/chat.",
        {
            "families": (),
            "year": "2023",
            "title": "Describe the symbolism of the green light in the book The Great Gatsby by F. Scott Fitzgerald",
            "publisher": "OpenAI",
            "url": "chat.openai.com/chat",
            "accessed": "8 Mar. 2023",
            "lead": "describe the symbolism of the green light in the book the great gatsby by f scott fitzgerald",
            "style": "mla",
        },
    ),
    (
        "Ochieng, Grace. Personal interview. 14 Aug. 2024.",
        {"families": ("Ochieng",), "year": "2024", "title": "Personal interview", "lead": "ochieng", "style": "mla"},
    ),
    (
        "Tolstoy, Leo. War and Peace. Translated by Louise Maude and Aylmer Maude, Oxford UP, 2010.",
        {
            "families": ("Tolstoy",),
            "year": "2010",
            "title": "War and Peace",
            "publisher": "Oxford UP",
            "lead": "tolstoy",
            "style": "mla",
        },
    ),
    (
        "World Health Organization. World Malaria Report 2023. WHO, 2023, www.who.int/publications/i/item/9789240086173. Accessed 2 Feb. 2025.",
        {
            "families": ("World Health Organization",),
            "year": "2023",
            "title": "World Malaria Report 2023",
            "publisher": "WHO",
            "url": "www.who.int/publications/i/item/9789240086173",
            "accessed": "2 Feb. 2025",
            "lead": "world health organization",
            "style": "mla",
        },
    ),
    (
        "Mbiti, Isaac, and David N. Weil. “Mobile Banking: The Impact of M-Pesa in Kenya.” African Successes, Volume III: Modernization and Development, edited by Sebastian Edwards et al., U of Chicago P, 2016, pp. 247–93.",
        {
            "families": ("Mbiti", "Weil"),
            "year": "2016",
            "title": "Mobile Banking: The Impact of M-Pesa in Kenya",
            "container": "African Successes",
            "publisher": "U of Chicago P",
            "lead": "mbiti",
            "style": "mla",
        },
    ),
    (
        "Van der Berg, Servaas. “Apartheid’s Enduring Legacy: Inequalities in Education.” Journal of African Economies, vol. 16, no. 5, 2007, pp. 849–80.",
        {
            "families": ("Van der Berg",),
            "year": "2007",
            "title": "Apartheid’s Enduring Legacy: Inequalities in Education",
            "container": "Journal of African Economies",
            "lead": "van der berg",
            "style": "mla",
        },
    ),
    (
        "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton UP, 2008.",
        {
            "families": ("Lüthi",),
            "year": "2008",
            "title": "The Sino-Soviet Split: Cold War in the Communist World",
            "publisher": "Princeton UP",
            "lead": "luthi",
            "style": "mla",
        },
    ),
    (
        "Urry, Lisa A., et al. Campbell Biology. 11th ed., Pearson, 2017.",
        {
            "families": ("Urry",),
            "et_al": True,
            "year": "2017",
            "title": "Campbell Biology",
            "publisher": "Pearson",
            "lead": "urry",
            "style": "mla",
        },
    ),
    (
        "Shakespeare, William. Hamlet. Edited by Barbara A. Mowat and Paul Werstine, Simon & Schuster, 2012. Folger Shakespeare Library.",
        {
            "families": ("Shakespeare",),
            "year": "2012",
            "title": "Hamlet",
            "publisher": "Simon & Schuster",
            "lead": "shakespeare",
            "style": "mla",
        },
    ),
    # --- apa ---
    (
        "Jack, W., & Suri, T. (2014). Risk sharing and transactions costs: Evidence from Kenya’s mobile money revolution. American Economic Review, 104(1), 183–223. https://doi.org/10.1257/aer.104.1.183",
        {
            "families": ("Jack", "Suri"),
            "year": "2014",
            "title": "Risk sharing and transactions costs: Evidence from Kenya’s mobile money revolution",
            "container": "American Economic Review",
            "doi": "10.1257/aer.104.1.183",
            "lead": "jack",
            "style": "apa",
        },
    ),
    (
        "Suri, T., & Jack, W. (2016). The long-run poverty and gender impacts of mobile money. Science, 354(6317), 1288–1292. https://doi.org/10.1126/science.aah5309",
        {
            "families": ("Suri", "Jack"),
            "year": "2016",
            "title": "The long-run poverty and gender impacts of mobile money",
            "container": "Science",
            "doi": "10.1126/science.aah5309",
            "lead": "suri",
            "style": "apa",
        },
    ),
    (
        "World Bank. (2022). The Global Findex Database 2021 [Data set]. https://www.worldbank.org/en/publication/globalfindex",
        {
            "families": ("World Bank",),
            "year": "2022",
            "title": "The Global Findex Database 2021",
            "url": "https://www.worldbank.org/en/publication/globalfindex",
            "lead": "world bank",
            "style": "apa",
        },
    ),
    (
        "Safaricom. (n.d.). M-PESA rates. Retrieved March 3, 2024, from https://www.safaricom.co.ke/personal/m-pesa/getting-started/m-pesa-rates",
        {
            "families": ("Safaricom",),
            "year": "n.d.",
            "title": "M-PESA rates",
            "url": "https://www.safaricom.co.ke/personal/m-pesa/getting-started/m-pesa-rates",
            "accessed": "March 3, 2024",
            "lead": "safaricom",
            "style": "apa",
        },
    ),
    (
        "OpenAI. (2023). ChatGPT (Mar 14 version) [Large language model]. https://chat.openai.com/chat",
        {
            "families": ("OpenAI",),
            "year": "2023",
            "title": "ChatGPT (Mar 14 version)",
            "url": "https://chat.openai.com/chat",
            "lead": "openai",
            "style": "apa",
        },
    ),
    (
        "Vox. (2021, January 12). How mobile money works [Video]. YouTube. https://www.youtube.com/watch?v=2nB9Zo2gJd8",
        {
            "families": ("Vox",),
            "year": "2021",
            "title": "How mobile money works",
            "publisher": "YouTube",
            "url": "https://www.youtube.com/watch?v=2nB9Zo2gJd8",
            "lead": "vox",
            "style": "apa",
        },
    ),
    (
        "Suri, T. (2019a). Mobile money and financial inclusion. Annual Review of Economics, 11, 497–520.",
        {
            "families": ("Suri",),
            "year": "2019a",
            "title": "Mobile money and financial inclusion",
            "container": "Annual Review of Economics",
            "lead": "suri",
            "style": "apa",
        },
    ),
    (
        "Suri, T. (2019b). Digital credit in Kenya. National Bureau of Economic Research.",
        {
            "families": ("Suri",),
            "year": "2019b",
            "title": "Digital credit in Kenya",
            "publisher": "National Bureau of Economic Research",
            "lead": "suri",
            "style": "apa",
        },
    ),
    (
        "American Psychological Association. (2020). Publication manual of the American Psychological Association (7th ed.). https://doi.org/10.1037/0000165-000",
        {
            "families": ("American Psychological Association",),
            "year": "2020",
            "title": "Publication manual of the American Psychological Association",
            "doi": "10.1037/0000165-000",
            "lead": "american psychological association",
            "style": "apa",
        },
    ),
    (
        "Merriam-Webster. (n.d.). Inflation. In Merriam-Webster.com dictionary. Retrieved May 2, 2024, from https://www.merriam-webster.com/dictionary/inflation",
        {
            "families": ("Merriam-Webster",),
            "year": "n.d.",
            "title": "Inflation",
            "container": "Merriam-Webster.com dictionary",
            "url": "https://www.merriam-webster.com/dictionary/inflation",
            "accessed": "May 2, 2024",
            "lead": "merriam webster",
            "style": "apa",
        },
    ),
    (
        "Piaget, J. (1969). The psychology of the child (H. Weaver, Trans.; 2nd ed.). Basic Books. (Original work published 1966)",
        {
            "families": ("Piaget",),
            "year": "1969",
            "title": "The psychology of the child",
            "publisher": "Basic Books",
            "lead": "piaget",
            "style": "apa",
        },
    ),
    (
        "Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.",
        {
            "families": ("Kahneman",),
            "year": "2011",
            "title": "Thinking, fast and slow",
            "publisher": "Farrar, Straus and Giroux",
            "lead": "kahneman",
            "style": "apa",
        },
    ),
    (
        "Mbiti, I., & Weil, D. N. (2015). Mobile banking: The impact of M-Pesa in Kenya. In S. Edwards, S. Johnson, & D. N. Weil (Eds.), African successes (Vol. 3, pp. 247–293). University of Chicago Press.",
        {
            "families": ("Mbiti", "Weil"),
            "year": "2015",
            "title": "Mobile banking: The impact of M-Pesa in Kenya",
            "container": "African successes",
            "publisher": "University of Chicago Press",
            "lead": "mbiti",
            "style": "apa",
        },
    ),
    (
        "Gettleman, J. (2024, March 3). Kenya’s mobile money boom. The New York Times. https://www.nytimes.com/2024/03/03/world/africa/kenya-mpesa.html",
        {
            "families": ("Gettleman",),
            "year": "2024",
            "title": "Kenya’s mobile money boom",
            "publisher": "The New York Times",
            "url": "https://www.nytimes.com/2024/03/03/world/africa/kenya-mpesa.html",
            "lead": "gettleman",
            "style": "apa",
        },
    ),
    (
        "Climate change and food security in Nigeria. (2021, April 3). Environment Desk, 12–14.",
        {
            "families": (),
            "year": "2021",
            "title": "Climate change and food security in Nigeria",
            "lead": "climate change and food security in nigeria",
            "style": "apa",
        },
    ),
    (
        "al-Rashid, M. (2010). A history of Saudi Arabia (2nd ed.). Cambridge University Press.",
        {
            "families": ("al-Rashid",),
            "year": "2010",
            "title": "A history of Saudi Arabia",
            "publisher": "Cambridge University Press",
            "lead": "al rashid",
            "style": "apa",
        },
    ),
    (
        "Nguyễn, T. H., & Lê, V. A. (2020). Mobile payments in Vietnam. Journal of Asian Finance, Economics and Business, 7(8), 1–10. https://doi.org/10.13106/jafeb.2020.vol7.no8.001",
        {
            "families": ("Nguyễn", "Lê"),
            "year": "2020",
            "title": "Mobile payments in Vietnam",
            "container": "Journal of Asian Finance, Economics and Business",
            "doi": "10.13106/jafeb.2020.vol7.no8.001",
            "lead": "nguyen",
            "style": "apa",
        },
    ),
    (
        "Ministry of Health (Kenya). (2016). Kenya national e-health policy 2016–2030. Ministry of Health.",
        {
            "families": ("Ministry of Health (Kenya)",),
            "year": "2016",
            "title": "Kenya national e-health policy 2016–2030",
            "publisher": "Ministry of Health",
            "lead": "ministry of health kenya",
            "style": "apa",
        },
    ),
    (
        "Tolstoy, L. (2010). War and peace (L. Maude & A. Maude, Trans.). Oxford University Press. (Original work published 1869)",
        {
            "families": ("Tolstoy",),
            "year": "2010",
            "title": "War and peace",
            "publisher": "Oxford University Press",
            "lead": "tolstoy",
            "style": "apa",
        },
    ),
    (
        "Demirgüç-Kunt, A., Klapper, L., Singer, D., & Ansar, S. (2022). The Global Findex Database 2021: Financial inclusion, digital payments, and resilience in the age of COVID-19. World Bank. https://doi.org/10.1596/978-1-4648-1897-4",
        {
            "families": ("Demirgüç-Kunt", "Klapper", "Singer", "Ansar"),
            "year": "2022",
            "title": "The Global Findex Database 2021: Financial inclusion, digital payments, and resilience in the age of COVID-19",
            "publisher": "World Bank",
            "doi": "10.1596/978-1-4648-1897-4",
            "lead": "demirguc kunt",
            "style": "apa",
        },
    ),
    (
        "Westad, O. A. (Ed.). (1998). Brothers in arms: The rise and fall of the Sino-Soviet alliance, 1945–1963. Woodrow Wilson Center Press.",
        {
            "families": ("Westad",),
            "year": "1998",
            "title": "Brothers in arms: The rise and fall of the Sino-Soviet alliance, 1945–1963",
            "publisher": "Woodrow Wilson Center Press",
            "lead": "westad",
            "style": "apa",
        },
    ),
    (
        "Lüthi, L. M. (2008). The Sino-Soviet split: Cold War in the communist world. Princeton University Press.",
        {
            "families": ("Lüthi",),
            "year": "2008",
            "title": "The Sino-Soviet split: Cold War in the communist world",
            "publisher": "Princeton University Press",
            "lead": "luthi",
            "style": "apa",
        },
    ),
    # --- harvard ---
    (
        "Jack, W. and Suri, T. (2014) ‘Risk sharing and transactions costs: evidence from Kenya’s mobile money revolution’, American Economic Review, 104(1), pp. 183–223. doi:10.1257/aer.104.1.183.",
        {
            "families": ("Jack", "Suri"),
            "year": "2014",
            "title": "Risk sharing and transactions costs: evidence from Kenya’s mobile money revolution",
            "container": "American Economic Review",
            "doi": "10.1257/aer.104.1.183",
            "lead": "jack",
            "style": "harvard",
        },
    ),
    (
        "World Bank (2022) The Global Findex Database 2021. Washington, DC: World Bank. Available at: https://www.worldbank.org/en/publication/globalfindex (Accessed: 2 February 2025).",
        {
            "families": ("World Bank",),
            "year": "2022",
            "title": "The Global Findex Database 2021",
            "publisher": "World Bank",
            "url": "https://www.worldbank.org/en/publication/globalfindex",
            "accessed": "2 February 2025",
            "lead": "world bank",
            "style": "harvard",
        },
    ),
    (
        "Central Bank of Kenya (2021) Kenya financial sector stability report 2020. Nairobi: Central Bank of Kenya.",
        {
            "families": ("Central Bank of Kenya",),
            "year": "2021",
            "title": "Kenya financial sector stability report 2020",
            "publisher": "Central Bank of Kenya",
            "lead": "central bank of kenya",
            "style": "harvard",
        },
    ),
    (
        "BBC News (2023) Kenya: Safaricom profits fall as M-Pesa slows. [Online]. Available from: https://www.bbc.co.uk/news/business-65612345 [accessed 3 March 2024].",
        {
            "families": ("BBC News",),
            "year": "2023",
            "title": "Kenya: Safaricom profits fall as M-Pesa slows",
            "url": "https://www.bbc.co.uk/news/business-65612345",
            "accessed": "3 March 2024",
            "lead": "bbc news",
            "style": "harvard",
        },
    ),
    (
        "Ndung’u, N 2018, ‘Next steps for the digital revolution in Africa’, Brookings Institution, viewed 3 March 2024, <https://www.brookings.edu/articles/next-steps-for-the-digital-revolution-in-africa/>.",
        {
            "families": ("Ndung’u",),
            "year": "2018",
            "title": "Next steps for the digital revolution in Africa",
            "container": "Brookings Institution",
            "url": "https://www.brookings.edu/articles/next-steps-for-the-digital-revolution-in-africa/",
            "accessed": "3 March 2024",
            "lead": "ndungu",
            "style": "harvard",
        },
    ),
    (
        "Lüthi, L.M. (2008) The Sino-Soviet split: Cold War in the communist world. Princeton: Princeton University Press.",
        {
            "families": ("Lüthi",),
            "year": "2008",
            "title": "The Sino-Soviet split: Cold War in the communist world",
            "publisher": "Princeton University Press",
            "lead": "luthi",
            "style": "harvard",
        },
    ),
    (
        "Vox (2021) How mobile money works. 12 January. Available at: https://www.youtube.com/watch?v=2nB9Zo2gJd8 (Accessed: 4 March 2024).",
        {
            "families": ("Vox",),
            "year": "2021",
            "title": "How mobile money works",
            "url": "https://www.youtube.com/watch?v=2nB9Zo2gJd8",
            "accessed": "4 March 2024",
            "lead": "vox",
            "style": "harvard",
        },
    ),
    (
        "Gettleman, J. (2024) ‘Kenya’s mobile money boom’, The New York Times, 3 March, p. 8.",
        {
            "families": ("Gettleman",),
            "year": "2024",
            "title": "Kenya’s mobile money boom",
            "container": "The New York Times",
            "lead": "gettleman",
            "style": "harvard",
        },
    ),
    (
        "OpenAI (2025) ChatGPT (GPT-4o) response to the prompt ‘Explain how M-Pesa agents manage float’. Generated 3 March 2025. Available at: https://chatgpt.com/.",
        {
            "families": ("OpenAI",),
            "year": "2025",
            "title": "ChatGPT (GPT-4o) response to the prompt ‘Explain how M-Pesa agents manage float’",
            "url": "https://chatgpt.com/",
            "accessed": "3 March 2025",
            "lead": "openai",
            "style": "harvard",
        },
    ),
    (
        "Suri, T. (2017a) ‘Mobile money’, Annual Review of Economics, 9, pp. 497–520.",
        {
            "families": ("Suri",),
            "year": "2017a",
            "title": "Mobile money",
            "container": "Annual Review of Economics",
            "lead": "suri",
            "style": "harvard",
        },
    ),
    (
        "Ochieng, G. (2024) Interview with the author. Nairobi, 14 August.",
        {
            "families": ("Ochieng",),
            "year": "2024",
            "title": "Interview with the author",
            "lead": "ochieng",
            "style": "harvard",
        },
    ),
    (
        "Tolstoy, L. (2010) War and peace. Translated by L. Maude and A. Maude. Oxford: Oxford University Press.",
        {
            "families": ("Tolstoy",),
            "year": "2010",
            "title": "War and peace",
            "publisher": "Oxford University Press",
            "lead": "tolstoy",
            "style": "harvard",
        },
    ),
    (
        "Mbiti, I. and Weil, D.N. (2016) ‘Mobile banking: the impact of M-Pesa in Kenya’, in Edwards, S., Johnson, S. and Weil, D.N. (eds) African successes, volume III: modernization and development. Chicago: University of Chicago Press, pp. 247–293.",
        {
            "families": ("Mbiti", "Weil"),
            "year": "2016",
            "title": "Mobile banking: the impact of M-Pesa in Kenya",
            "container": "African successes",
            "publisher": "University of Chicago Press",
            "lead": "mbiti",
            "style": "harvard",
        },
    ),
    (
        "Bharadwaj, P., Jack, W. and Suri, T. (2019) Fintech and household resilience to shocks: evidence from digital loans in Kenya. NBER Working Paper 25604. Cambridge, MA: National Bureau of Economic Research.",
        {
            "families": ("Bharadwaj", "Jack", "Suri"),
            "year": "2019",
            "title": "Fintech and household resilience to shocks: evidence from digital loans in Kenya",
            "publisher": "National Bureau of Economic Research",
            "lead": "bharadwaj",
            "style": "harvard",
        },
    ),
    (
        "van der Berg, S. (2007) ‘Apartheid’s enduring legacy: inequalities in education’, Journal of African Economies, 16(5), pp. 849–880.",
        {
            "families": ("van der Berg",),
            "year": "2007",
            "title": "Apartheid’s enduring legacy: inequalities in education",
            "container": "Journal of African Economies",
            "lead": "van der berg",
            "style": "harvard",
        },
    ),
    # --- numbered ---
    (
        "[1] T. Suri and W. Jack, “The long-run poverty and gender impacts of mobile money,” Science, vol. 354, no. 6317, pp. 1288–1292, 2016, doi: 10.1126/science.aah5309.",
        {
            "families": ("Suri", "Jack"),
            "year": "2016",
            "title": "The long-run poverty and gender impacts of mobile money",
            "container": "Science",
            "doi": "10.1126/science.aah5309",
            "lead": "suri",
            "style": None,
        },
    ),
    (
        "1. Achebe, Chinua. Things Fall Apart. Anchor Books, 1994.",
        {
            "families": ("Achebe",),
            "year": "1994",
            "title": "Things Fall Apart",
            "publisher": "Anchor Books",
            "lead": "achebe",
            "style": "mla",
        },
    ),
    (
        "https://www.bbc.com/news/world-africa-12345678",
        {
            "families": (),
            "year": None,
            "title": None,
            "url": "https://www.bbc.com/news/world-africa-12345678",
            "lead": "",
            "style": None,
        },
    ),
    ("Smith, J. (2019).", {"families": ("Smith",), "year": "2019", "title": None, "lead": "smith", "style": "apa"}),
]


def _fields(entry, names):
    values = {}
    for name in names:
        if name == "families":
            values[name] = tuple(a.family for a in entry.authors)
        else:
            values[name] = getattr(entry, name)
    return values


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:40] for text, _ in CASES])
def test_parse_entry(text, expected):
    expected = {"url": None, "doi": None, "accessed": None, "et_al": False, **expected}
    entry = parse_entry(text)
    assert _fields(entry, expected) == expected


# --- folding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Lüthi", "luthi"),
        ("LUTHI", "luthi"),
        ("Nguyễn", "nguyen"),
        ("Đặng Thùy Trâm", "dang thuy tram"),
        ("Demirgüç-Kunt", "demirguc-kunt"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("Łukasz", "lukasz"),
        ("Straße", "strasse"),
        ("O’Neill", "o'neill"),
        ("Æthelred", "aethelred"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


# --- access dates, DOIs and web addresses ------------------------------------------


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        (
            "“Chinua Achebe.” Poetry Foundation, www.poetryfoundation.org/poets/chinua-achebe. Accessed 12 Mar. 2025.",
            "12 Mar. 2025",
        ),
        (
            "Safaricom. (n.d.). M-PESA rates. Retrieved March 3, 2024, from https://www.safaricom.co.ke/m-pesa",
            "March 3, 2024",
        ),
        (
            "World Bank (2022) Findex. Available at: https://www.worldbank.org/findex (Accessed: 2 February 2025).",
            "2 February 2025",
        ),
        (
            "BBC News (2023) Title. Available from: https://www.bbc.co.uk/news/business-65612345 [accessed 3 March 2024].",
            "3 March 2024",
        ),
        (
            "Ndung’u, N 2018, ‘Next steps’, Brookings Institution, viewed 3 March 2024, <https://www.brookings.edu/x/>.",
            "3 March 2024",
        ),
        (
            "Vox. “How Mobile Money Works.” YouTube. Accessed on 3rd March 2024. https://www.youtube.com/watch?v=2nB9",
            "3rd March 2024",
        ),
        (
            "Wilson Center. “Memorandum.” Date accessed: 03/03/2024. https://digitalarchive.wilsoncenter.org/document/1",
            "03/03/2024",
        ),
        (
            "Wilson Center. “Memorandum.” https://digitalarchive.wilsoncenter.org/document/1 (accessed 2024-03-03).",
            "2024-03-03",
        ),
        (
            "Wilson Center. “Memorandum.” https://digitalarchive.wilsoncenter.org/document/1 (last accessed March 2024).",
            "March 2024",
        ),
        ("Smith, John. “Cold War.” History Today. Web. 12 Mar. 2012.", "12 Mar. 2012"),
        ("WHO (2023) Report [Online]. Available at: https://www.who.int/r [Accessed 3 Mar 2024]", "3 Mar 2024"),
        (
            "OpenAI (2025) ChatGPT response to the prompt ‘Explain float’. Generated 3 March 2025. https://chatgpt.com/",
            "3 March 2025",
        ),
        # Near misses: no date after the word, or the publication date of an APA web page.
        ("Jones, A. (2019). Title. Retrieved from https://example.org/page", None),
        ("Gettleman, J. (2024, March 3). Kenya’s boom. The New York Times. https://www.nytimes.com/2024/k.html", None),
        ("Kenya Human Rights Commission. “Accessed and Denied.” Nairobi: KHRC, 2019.", None),
    ],
)
def test_access_dates(text, accessed):
    assert parse_entry(text).accessed == accessed


@pytest.mark.parametrize(
    ("text", "doi", "url"),
    [
        (
            "Jack, W., & Suri, T. (2014). Risk sharing. American Economic Review, 104(1), 183–223. "
            "https://doi.org/10.1257/aer.104.1.183",
            "10.1257/aer.104.1.183",
            None,
        ),
        (
            "Jack, W. and Suri, T. (2014) ‘Risk sharing’, AER, 104(1). doi:10.1257/aer.104.1.183.",
            "10.1257/aer.104.1.183",
            None,
        ),
        (
            "Jack, W. and Suri, T. (2014) ‘Risk sharing’, AER, 104(1). DOI: 10.1257/aer.104.1.183",
            "10.1257/aer.104.1.183",
            None,
        ),
        (
            "Jack, William, and Tavneet Suri. “Risk Sharing.” AER, vol. 104, no. 1, 2014, doi.org/10.1257/aer.104.1.183.",
            "10.1257/aer.104.1.183",
            None,
        ),
        (
            "Kennan, George F. “The Sources of Soviet Conduct.” Foreign Affairs 25, no. 4 (1947): 566–82. "
            "https://www.jstor.org/stable/20030065.",
            None,
            "https://www.jstor.org/stable/20030065",
        ),
        ("Smith, John. “Article.” Salon.com, 3 Mar. 2020.", None, "Salon.com"),
        # Near misses: a web address in a book's title, initials, a state.
        ("Spector, Robert. Amazon.com: Get Big Fast. New York: HarperBusiness, 2000.", None, None),
        ("Doe, J. (2020). The U.S. Army in Vietnam. Center of Military History.", None, None),
        ("Taubman, William. Khrushchev: The Man and His Era. New York: W.W. Norton, 2003.", None, None),
        ("Westad, Odd Arne. The Global Cold War. Cambridge: Cambridge University Press, 2005.", None, None),
    ],
)
def test_identifiers(text, doi, url):
    entry = parse_entry(text)
    assert (entry.doi, entry.url) == (doi, url)


@pytest.mark.parametrize(
    ("text", "online"),
    [
        ("Vox. “How Mobile Money Works.” YouTube, uploaded by Vox, 12 Jan. 2021.", "YouTube"),
        ("Vox. (2021, January 12). How mobile money works [Video].", "Video"),
        ("Kamau, J. (2023, May 2). Digital lenders and the informal trader [Blog post].", "Blog post"),
        ("Lüthi, Lorenz M. The Sino-Soviet Split. Princeton: Princeton University Press, 2008.", None),
        ("Suri, T. (2017). Mobile money. Annual Review of Economics, 9, 497–520.", None),
    ],
)
def test_web_only_sources_are_online(text, online):
    assert parse_entry(text).online == online


# --- authors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "et_al"),
    [
        ("Lüthi, Lorenz M.", [("Lüthi", "Lorenz M.", False)], False),
        (
            "Goncharov, Sergei N., John W. Lewis, and Xue Litai",
            [("Goncharov", "Sergei N.", False), ("Lewis", "John W.", False), ("Xue", "Litai", False)],
            False,
        ),
        (
            "Demirgüç-Kunt, A., Klapper, L., Singer, D., & Ansar, S.",
            [("Demirgüç-Kunt", "A.", False), ("Klapper", "L.", False), ("Singer", "D.", False), ("Ansar", "S.", False)],
            False,
        ),
        (
            "Bharadwaj, P., Jack, W. and Suri, T.",
            [("Bharadwaj", "P.", False), ("Jack", "W.", False), ("Suri", "T.", False)],
            False,
        ),
        ("Smith, John and Jones, Mary", [("Smith", "John", False), ("Jones", "Mary", False)], False),
        ("Corotto, Frank, et al.", [("Corotto", "Frank", False)], True),
        ("Westad, Odd Arne, ed.", [("Westad", "Odd Arne", False)], False),
        ("Westad, O. A. (Ed.)", [("Westad", "O. A.", False)], False),
        ("van der Berg, Servaas", [("van der Berg", "Servaas", False)], False),
        ("Gaulle, Charles de", [("Gaulle", "Charles de", False)], False),
        (
            "Pleshakov, Constantine, and Anna van der Berg",
            [("Pleshakov", "Constantine", False), ("van der Berg", "Anna", False)],
            False,
        ),
        ("Chen Jian", [("Chen", "Jian", False)], False),
        ("Nguyễn Du", [("Nguyễn", "Du", False)], False),
        ("King, Martin Luther, Jr.", [("King", "Martin Luther, Jr.", False)], False),
        ("T. Suri and W. Jack", [("Suri", "T.", False), ("Jack", "W.", False)], False),
        ("World Bank", [("World Bank", None, True)], False),
        ("Central Bank of Kenya", [("Central Bank of Kenya", None, True)], False),
        (
            "Food and Agriculture Organization of the United Nations",
            [("Food and Agriculture Organization of the United Nations", None, True)],
            False,
        ),
        ("Institute for Economics & Peace", [("Institute for Economics & Peace", None, True)], False),
        ("UNESCO", [("UNESCO", None, True)], False),
        ("OpenAI", [("OpenAI", None, True)], False),
        ("Médecins Sans Frontières", [("Médecins Sans Frontières", None, True)], False),
        ("Church, Frank", [("Church", "Frank", False)], False),
    ],
)
def test_parse_authors(text, authors, et_al):
    parsed, found_et_al = parse_authors(text)
    assert [(a.family, a.given, a.corporate) for a in parsed] == authors
    assert found_et_al is et_al


@pytest.mark.parametrize(
    ("name", "corporate"),
    [
        ("World Health Organization", True),
        ("Human Rights Watch", True),
        ("BBC News", True),
        ("The Economist", True),
        ("Lüthi, Lorenz M.", False),
        ("Bank, Nicholas", False),
        ("Odd Arne Westad", False),
        ("T. S.", False),
    ],
)
def test_is_corporate(name, corporate):
    assert is_corporate(name) is corporate


# --- sort keys -------------------------------------------------------------------------


def test_leads_accept_both_particle_conventions():
    assert set(parse_entry("de Gaulle, Charles. Mémoires de guerre. Paris: Plon, 1954.").leads) >= {
        "de gaulle",
        "gaulle",
    }
    assert set(parse_entry("Gaulle, Charles de. Mémoires. Paris: Plon, 1954.").leads) >= {"de gaulle", "gaulle"}
    assert set(parse_entry("al-Rashid, M. (2010). A history. Cambridge University Press.").leads) >= {
        "al rashid",
        "rashid",
    }


def test_corporate_and_title_leads_drop_the_article():
    economist = parse_entry("The Economist. “Kenya’s Mobile Money.” The Economist, 27 Sept. 2007.")
    assert economist.lead == "economist"
    assert {"economist", "the economist"} <= set(economist.leads)
    anonymous = parse_entry("“The Sino-Soviet Dispute.” Economist, February 15, 1964.")
    assert (anonymous.lead, anonymous.title_first) == ("sino soviet dispute", True)
    assert first_element(anonymous) == "The Sino-Soviet Dispute"


def test_numbered_entries_keep_their_label():
    assert parse_entry("[12] T. Suri and W. Jack, “Title,” Science, 2016.").label == "[12]"
    assert parse_entry("3. Achebe, Chinua. Things Fall Apart. Anchor Books, 1994.").label == "3."
    assert parse_entry("Achebe, Chinua. Things Fall Apart. Anchor Books, 1994.").label is None


def test_markdown_emphasis_is_not_part_of_the_title():
    entry = parse_entry("Achebe, Chinua. *Things Fall Apart*. Anchor Books, 1994.")
    assert entry.title == "Things Fall Apart"


# --- a document's entries ------------------------------------------------------------------

ESSAY = """---
title: Mobile money in Kenya
---

# Introduction

Text (Suri, 2017).

# Bibliography

Primary sources

Central Bank of Kenya. *Kenya Financial Sector Stability Report 2020*. Nairobi: Central Bank of Kenya, 2021.

World Bank. *The Global Findex Database 2021*. Washington, DC: World Bank, 2022.

https://www.worldbank.org/en/publication/globalfindex. Accessed 2 February 2025.

Secondary sources

Suri, Tavneet. “Mobile Money.” *Annual Review of Economics* 9 (2017): 497–520.

———. “Digital Credit.” *Journal of Development Economics* 150 (2021): 102–15.
"""


def test_entries_of_a_written_bibliography():
    found = entries(read_markdown_text(ESSAY))
    assert [(e.lead, e.group) for e in found] == [
        ("central bank of kenya", 0),
        ("world bank", 0),
        ("suri", 1),
        ("suri", 1),
    ]
    # The address and access date on a line of their own belong to the World Bank entry.
    assert (found[1].url, found[1].accessed) == (
        "https://www.worldbank.org/en/publication/globalfindex",
        "2 February 2025",
    )
    # "———." takes the previous entry's author.
    assert [a.family for a in found[3].authors] == ["Suri"]
    assert found[3].repeated_author


def _records():
    lee = SourceRecord(key="lee2019", authors=("Lee",), year="2019", title="Mobile money", url="https://x.org/a")
    bank = SourceRecord(key="wb2022", authors=("World Bank",), year="2022", title="Findex", accessed="2025-02-02")
    doi = SourceRecord(
        key="js2014", authors=("Jack", "Suri"), year="2014", title="Risk", url="https://doi.org/10.1257/a"
    )
    return lee, bank, doi


def test_entries_from_a_bibliography_file_are_those_pandoc_prints():
    lee, bank, doi = _records()
    document = read_markdown_text("# Introduction\n\nText.\n\n# References\n")
    cited = FieldCitation(
        source="pandoc",
        items=(CitedItem(key="wb2022", record=bank), CitedItem(key="js2014", record=doi)),
        text="[@wb2022; @js2014]",
        block=1,
        note_id=None,
        location=Location(part="markdown", line=3),
    )
    document = replace(document, source_records=(lee, bank, doi), field_citations=(cited,))
    found = entries(document)
    assert [(e.lead, e.year, e.record.key if e.record else None) for e in found] == [
        ("world bank", "2022", "wb2022"),
        ("jack", "2014", "js2014"),
    ]
    assert found[0].authors == (Author(family="World Bank", corporate=True),)
    assert (found[0].accessed, found[0].block) == ("2025-02-02", None)
    # A doi.org address is the DOI, not a web page.
    assert (found[1].doi, found[1].url) == ("10.1257/a", None)


def test_written_entries_win_over_records():
    lee, bank, doi = _records()
    document = read_markdown_text(ESSAY)
    document = replace(document, source_records=(lee,))
    assert all(e.record is None for e in entries(document))
    assert len(entries(document)) == 4


# --- alphabetical order ----------------------------------------------------------------------


def _order(texts):
    return [(first_element(e), first_element(n), case) for e, n, case in out_of_order([parse_entry(t) for t in texts])]


def test_an_ordered_list_with_accents_articles_and_particles():
    assert (
        _order(
            [
                "al-Rashid, Madawi. A History of Saudi Arabia. Cambridge: Cambridge University Press, 2010.",
                "Central Bank of Kenya. Kenya Financial Sector Stability Report 2020. Nairobi: CBK, 2021.",
                "“Chinua Achebe.” Poetry Foundation, www.poetryfoundation.org/poets/chinua-achebe. Accessed 12 Mar. 2025.",
                "de Gaulle, Charles. Mémoires de guerre. Paris: Plon, 1954.",
                "Dikötter, Frank. Mao’s Great Famine. London: Bloomsbury, 2010.",
                "The Economist. “Kenya’s Mobile Money.” The Economist, 27 Sept. 2007.",
                "Lüthi, Lorenz M. The Sino-Soviet Split. Princeton: Princeton University Press, 2008.",
                "Luthi, Anna. Swiss Banking. Zurich: NZZ, 2015.",
                "Van der Berg, Servaas. “Apartheid’s Enduring Legacy.” Journal of African Economies, vol. 16, no. 5, 2007.",
                "Westad, Odd Arne. The Global Cold War. Cambridge: Cambridge University Press, 2005.",
            ]
        )
        == []
    )


def test_one_misplaced_entry_is_one_finding():
    assert _order(
        [
            "Chen Jian. Mao’s China and the Cold War. Chapel Hill: UNC Press, 2001.",
            "Lüthi, Lorenz M. The Sino-Soviet Split. Princeton: Princeton University Press, 2008.",
            "Zubok, Vladislav M. A Failed Empire. Chapel Hill: UNC Press, 2007.",
            "Taubman, William. Khrushchev. New York: W. W. Norton, 2003.",
            "Westad, Odd Arne. The Global Cold War. Cambridge: Cambridge University Press, 2005.",
        ]
    ) == [("Zubok", "Westad", "after")]


def test_an_entry_that_belongs_earlier():
    assert _order(
        [
            "Achebe, Chinua. Things Fall Apart. Anchor Books, 1994.",
            "Nwapa, Flora. Efuru. Heinemann, 1966.",
            "Emecheta, Buchi. The Joys of Motherhood. Braziller, 1979.",
            "Soyinka, Wole. Aké. Random House, 1981.",
        ]
    ) == [("Emecheta", "Nwapa", "before")]


# --- completeness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("https://www.bbc.com/news/world-africa-12345678", ["author", "year", "title"]),
        ("Smith, J. (2019).", ["title"]),
        ("Achebe, Chinua. Things Fall Apart. Anchor Books.", ["year"]),
        (
            "“Chinua Achebe.” Poetry Foundation, www.poetryfoundation.org/poets/chinua-achebe. Accessed 12 Mar. 2025.",
            [],
        ),
        ("Safaricom. (n.d.). M-PESA rates. Retrieved March 3, 2024, from https://www.safaricom.co.ke/m-pesa", []),
        ("Climate change and food security in Nigeria. (2021, April 3). Environment Desk, 12–14.", []),
        ("Parasite. Directed by Bong Joon-ho, CJ Entertainment, 2019.", []),
    ],
)
def test_missing_parts(text, missing):
    assert missing_parts(parse_entry(text), undated_online_ok=True) == missing


def test_undated_web_pages_can_be_asked_for_a_year():
    entry = parse_entry(
        "“Chinua Achebe.” Poetry Foundation, www.poetryfoundation.org/poets/chinua. Accessed 12 Mar. 2025."
    )
    assert missing_parts(entry, undated_online_ok=False) == ["year"]


# --- the kinds' parameters ----------------------------------------------------------------------

DOI_ESSAY = """# Introduction

Text (Jack & Suri, 2014; Suri, 2017).

# References

Jack, W., & Suri, T. (2014). Risk sharing and transactions costs. *American Economic Review, 104*(1), 183–223. https://doi.org/10.1257/aer.104.1.183

Suri, T. (2017). Mobile money. *Annual Review of Economics, 9*, 497–520. https://doi.org/10.1146/annurev-economics-063016-103638. Retrieved March 3, 2024.
"""


def _access_hits(params):
    from eecheck.kinds import access_date
    from eecheck.kinds.base import CheckContext

    document = read_markdown_text(DOI_ESSAY)
    context = CheckContext.of(document, scope="bibliography")
    return [
        (hit.case, hit.fields["entry"]) for hit in access_date.check(context, access_date.KIND.with_defaults(params))
    ]


def test_a_doi_is_exempt_from_the_access_date_by_default():
    assert _access_hits({}) == []


def test_a_school_can_ask_doi_entries_for_an_access_date():
    assert _access_hits({"doi_needs_access_date": True}) == [("doi", "Jack and Suri (2014)")]


# --- essays in French, German and Spanish; dates typed after the address ---------------------------


@pytest.mark.parametrize(
    ("text", "accessed", "year"),
    [
        (
            "Dupont, Marie. « La crise de Suez. » Le Monde, 3 mars 2024, www.lemonde.fr/international/suez. Consulté le 5 mars 2024.",
            "5 mars 2024",
            "2024",
        ),
        (
            "Müller, J. (2020). Die Suezkrise. Abgerufen am 3. März 2024 von https://www.zeit.de/2020/suezkrise",
            "3. März 2024",
            "2020",
        ),
        (
            "García, L. (2019). La crisis de Suez. Recuperado el 3 de marzo de 2024, de https://elpais.com/suez",
            "3 de marzo de 2024",
            "2019",
        ),
        ("BBC News. “Suez Crisis.” https://www.bbc.co.uk/history/suez (3 March 2024).", "3 March 2024", None),
        ("BBC News. “Suez Crisis.” https://www.bbc.co.uk/history/suez [12/03/2024]", "12/03/2024", None),
        # Near miss: the date is the article's, before its address.
        (
            "Gettleman, Jeffrey. “Kenya.” The New York Times, 3 Mar. 2024, www.nytimes.com/2024/kenya.html.",
            None,
            "2024",
        ),
    ],
)
def test_access_dates_in_other_languages_and_after_the_address(text, accessed, year):
    entry = parse_entry(text)
    assert (entry.accessed, entry.year) == (accessed, year)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Safaricom. (n.d.). M-PESA rates.", "n.d."),
        ("Safaricom. (n.d.-a). M-PESA rates.", "n.d.-a"),
        ("Schmidt, H. (o. J.). Die Suezkrise. Beck.", "n.d."),
        ("Pérez, A. (s.f.). La crisis. Akal.", "n.d."),
        ("Dupont, M. (s.d.). La crise. Gallimard.", "n.d."),
        ("Suri, T. (in press). Digital credit. Journal of Development Economics.", "in press"),
        ("Suri, T. (2019b). Digital credit. National Bureau of Economic Research.", "2019b"),
    ],
)
def test_no_date_forms_read_as_nd(text, year):
    assert parse_entry(text).year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Churchill, Winston S. The Second World War. 6 vols. London: Cassell, 1948–53.", "1948"),
        ("Achebe, Chinua. Things Fall Apart. 1958. Anchor Books, 1994.", "1994"),
        ("Kennan, George F. “The Sources of Soviet Conduct.” Foreign Affairs 25, no. 4 (1947): 566–82.", "1947"),
        ("Day, Alan J., China and the Soviet Union 1949-84, 1985, Longman Group Limited, United Kingdom", "1985"),
        ("Suri, T. (2017). Mobile money. Annual Review of Economics, 9, 1983–2001.", "2017"),
        # Near misses: initials that look like "no date" forms.
        ("Smith, Adam. The Wealth of Nations. Edited by O. J. Simpson. London: Penguin, 1999.", "1999"),
        ("Smith, Adam. The Wealth of Nations. Edited by S. F. Jones. London: Penguin.", None),
    ],
)
def test_years(text, year):
    assert parse_entry(text).year == year


@pytest.mark.parametrize(
    ("text", "online"),
    [
        (
            "Burgess, Jean, and Joshua Green. YouTube: Online Video and Participatory Culture. Cambridge: Polity, 2009.",
            None,
        ),
        ("Smith, J. (2010). How to build a website. Wiley.", None),
        ("Hughes, Ted. Birthday Letters. Faber and Faber, 1998.", None),
        ("Robinson, K. (2006). Do schools kill creativity? [Video]. TED.", "Video"),
        ("“Things Fall Apart Explained.” YouTube, uploaded by CrashCourse, 12 Jan. 2021.", "YouTube"),
    ],
)
def test_a_web_only_name_in_a_title_is_not_where_it_was_published(text, online):
    assert parse_entry(text).online == online


def test_sub_headings_divide_the_bibliography_into_groups():
    essay = """# Introduction

Text.

# Bibliography

## Primary sources

Wilson Center Digital Archive. “Memorandum.” Accessed March 3, 2024. https://digitalarchive.wilsoncenter.org/document/116982.

## Secondary sources

Chen Jian. *Mao’s China and the Cold War*. Chapel Hill: University of North Carolina Press, 2001.
"""
    found = entries(read_markdown_text(essay))
    assert [(e.lead, e.group) for e in found] == [("wilson center digital archive", 0), ("chen", 1)]


def test_a_dash_with_no_entry_before_it_names_no_author():
    found = entries(
        read_markdown_text("# Introduction\n\nText.\n\n# Bibliography\n\n———. *Arrow of God*. Anchor Books, 1989.\n")
    )
    assert [(e.authors, e.lead) for e in found] == [((), "")]
    assert missing_parts(found[0], undated_online_ok=True) == ["author"]


@pytest.mark.parametrize(
    ("text", "given", "title"),
    [
        ("Innes, C. L. *Chinua Achebe*. Cambridge UP, 1990.", "C. L.", "Chinua Achebe"),
        (
            "Yeats, W. B. “The Second Coming.” *The Collected Poems*, Macmillan, 1989, p. 187.",
            "W. B.",
            "The Second Coming",
        ),
    ],
)
def test_two_initials_stay_with_the_author(text: str, given: str, title: str) -> None:
    entry = parse_entry(text)
    assert entry.authors[0].given == given
    assert entry.title is not None and entry.title.strip("“”.,") == title
