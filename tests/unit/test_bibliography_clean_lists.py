# ruff: noqa: E501 -- each entry is a real reference kept whole on one line, as a candidate types it.
"""Whole, correct bibliographies in each style raise nothing from REF005, REF006 or REF010.

Each list mixes what candidates cite: books, journal articles with DOIs, chapters,
government and NGO reports, newspapers, web pages with access dates, videos, films,
interviews, translations, generative AI cited the IB's way, several works by one author,
anonymous works, and names with accents and particles. A false alarm here is a bug.
"""

from __future__ import annotations

from datetime import date

import pytest

from eecheck.analysis.bibliography.entries import entries
from eecheck.check import build_engine
from eecheck.config import Settings
from eecheck.readers.markdown import read_markdown_text

CHICAGO = """
al-Rashid, Madawi. *A History of Saudi Arabia*. 2nd ed. Cambridge: Cambridge University Press, 2010.

Chen Jian. *Mao’s China and the Cold War*. Chapel Hill: University of North Carolina Press, 2001.

de Gaulle, Charles. *Mémoires d’espoir*. Paris: Plon, 1970.

Dikötter, Frank. *Mao’s Great Famine: The History of China’s Most Devastating Catastrophe, 1958–62*. London: Bloomsbury, 2010.

Jersild, Austin. “The Soviet State as Imperial Scavenger: ‘Catch Up and Surpass’ in the Transnational Socialist Bloc, 1950–1960.” *American Historical Review* 116, no. 1 (2011): 109–32. https://doi.org/10.1086/ahr.116.1.109.

Kamau, Joseph. Interview by the author. Nairobi, August 14, 2024.

Khrushchev, Nikita. *Khrushchev Remembers*. Translated by Strobe Talbott. Boston: Little, Brown, 1970.

———. *Khrushchev Remembers: The Last Testament*. Translated and edited by Strobe Talbott. Boston: Little, Brown, 1974.

Lüthi, Lorenz M. *The Sino-Soviet Split: Cold War in the Communist World*. Princeton: Princeton University Press, 2008.

OpenAI. ChatGPT (GPT-4o). Response to the prompt “Summarise Khrushchev’s criticism of Mao in 1960.” Generated March 3, 2025. https://chatgpt.com/.

Shen Zhihua. *Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s*. Translated by Neil Silver. London: Routledge, 2012.

“The Sino-Soviet Dispute.” *Economist*, February 15, 1964.

Westad, Odd Arne. “The Sino-Soviet Alliance and the United States.” In *Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945–1963*, edited by Odd Arne Westad, 165–88. Washington, DC: Woodrow Wilson Center Press, 1998.

Wilson Center Digital Archive. “Memorandum of Conversation between Mao Zedong and Soviet Ambassador Pavel Yudin, July 22, 1958.” Accessed March 3, 2024. https://digitalarchive.wilsoncenter.org/document/116982.

Zhang Yimou, dir. *To Live*. Shanghai: Shanghai Film Studio, 1994.

Zubok, Vladislav M., and Constantine Pleshakov. *Inside the Kremlin’s Cold War: From Stalin to Khrushchev*. Cambridge, MA: Harvard University Press, 1996.
"""

MLA = """
Achebe, Chinua. *Things Fall Apart*. Anchor Books, 1994.

---. *Arrow of God*. Anchor Books, 1989.

“Chinua Achebe.” *Poetry Foundation*, www.poetryfoundation.org/poets/chinua-achebe. Accessed 12 Mar. 2025.

Corotto, Frank, et al. “Making the Most of the Daphnia Heart Rate Lab: Optimizing the Use of Ethanol, Nicotine and Caffeine.” *The American Biology Teacher*, vol. 72, no. 3, 2010, pp. 176–79.

“Describe the symbolism of the yam in *Things Fall Apart*” prompt. *ChatGPT*, GPT-4o version, OpenAI, 8 Mar. 2025, chatgpt.com/.

Gettleman, Jeffrey. “Why *Things Fall Apart* Still Matters.” *The New York Times*, 3 Mar. 2024, www.nytimes.com/2024/03/03/books/things-fall-apart.html. Accessed 5 Mar. 2024.

“How Mobile Money Works.” *YouTube*, uploaded by Vox, 12 Jan. 2021, www.youtube.com/watch?v=2nB9Zo2gJd8. Accessed 4 Mar. 2024.

Jack, William, and Tavneet Suri. “Risk Sharing and Transactions Costs: Evidence from Kenya’s Mobile Money Revolution.” *American Economic Review*, vol. 104, no. 1, 2014, pp. 183–223, https://doi.org/10.1257/aer.104.1.183.

Nguyễn Du. *The Tale of Kiều*. Translated by Huỳnh Sanh Thông, Yale UP, 1983.

Ochieng, Grace. Personal interview. 14 Aug. 2024.

*Parasite*. Directed by Bong Joon-ho, CJ Entertainment, 2019.

Tolstoy, Leo. *War and Peace*. Translated by Louise Maude and Aylmer Maude, Oxford UP, 2010.

Van der Berg, Servaas. “Apartheid’s Enduring Legacy: Inequalities in Education.” *Journal of African Economies*, vol. 16, no. 5, 2007, pp. 849–80.

World Health Organization. *World Malaria Report 2023*. WHO, 2023, www.who.int/publications/i/item/9789240086173. Accessed 2 Feb. 2025.
"""

APA = """
al-Rashid, M. (2010). *A history of Saudi Arabia* (2nd ed.). Cambridge University Press.

American Psychological Association. (2020). *Publication manual of the American Psychological Association* (7th ed.). https://doi.org/10.1037/0000165-000

Central Bank of Kenya. (2021). *National payments strategy 2022–2025*. Central Bank of Kenya.

Climate change and food security in Nigeria. (2021, April 3). *Environment Desk*, 12–14.

Demirgüç-Kunt, A., Klapper, L., Singer, D., & Ansar, S. (2022). *The Global Findex Database 2021: Financial inclusion, digital payments, and resilience in the age of COVID-19*. World Bank. https://doi.org/10.1596/978-1-4648-1897-4

Jack, W., & Suri, T. (2014). Risk sharing and transactions costs: Evidence from Kenya’s mobile money revolution. *American Economic Review, 104*(1), 183–223. https://doi.org/10.1257/aer.104.1.183

Kahneman, D. (2011). *Thinking, fast and slow*. Farrar, Straus and Giroux.

Mbiti, I., & Weil, D. N. (2015). Mobile banking: The impact of M-Pesa in Kenya. In S. Edwards, S. Johnson, & D. N. Weil (Eds.), *African successes* (Vol. 3, pp. 247–293). University of Chicago Press.

Merriam-Webster. (n.d.). Float. In *Merriam-Webster.com dictionary*. Retrieved May 2, 2024, from https://www.merriam-webster.com/dictionary/float

Nguyễn, T. H., & Lê, V. A. (2020). Mobile payments in Vietnam. *Journal of Asian Finance, Economics and Business, 7*(8), 1–10. https://doi.org/10.13106/jafeb.2020.vol7.no8.001

OpenAI. (2025). *ChatGPT* (GPT-4o version) [Large language model]. Response to the prompt “Explain how M-Pesa agents manage float”, generated March 3, 2025. https://chatgpt.com/

Piaget, J. (1969). *The psychology of the child* (H. Weaver, Trans.; 2nd ed.). Basic Books. (Original work published 1966)

Safaricom. (n.d.). *M-PESA rates*. Retrieved March 3, 2024, from https://www.safaricom.co.ke/personal/m-pesa/getting-started/m-pesa-rates

Suri, T. (2019a). Mobile money and financial inclusion. *Annual Review of Economics, 11*, 497–520. https://doi.org/10.1146/annurev-economics-080218-025702

Suri, T. (2019b). *Digital credit in Kenya*. National Bureau of Economic Research.

Vox. (2021, January 12). *How mobile money works* [Video]. YouTube. Retrieved March 4, 2024, from https://www.youtube.com/watch?v=2nB9Zo2gJd8

World Bank. (2022). *The Global Findex Database 2021* [Data set]. Retrieved February 2, 2025, from https://www.worldbank.org/en/publication/globalfindex
"""

HARVARD = """
BBC News (2023) *Kenya: Safaricom profits fall as M-Pesa slows*. [Online]. Available from: https://www.bbc.co.uk/news/business-65612345 [accessed 3 March 2024].

Bharadwaj, P., Jack, W. and Suri, T. (2019) *Fintech and household resilience to shocks: evidence from digital loans in Kenya*. NBER Working Paper 25604. Cambridge, MA: National Bureau of Economic Research.

Central Bank of Kenya (2021) *Kenya financial sector stability report 2020*. Nairobi: Central Bank of Kenya.

Gettleman, J. (2024) ‘Kenya’s mobile money boom’, *The New York Times*, 3 March, p. 8.

Jack, W. and Suri, T. (2014) ‘Risk sharing and transactions costs: evidence from Kenya’s mobile money revolution’, *American Economic Review*, 104(1), pp. 183–223. doi:10.1257/aer.104.1.183.

Lüthi, L.M. (2008) *The Sino-Soviet split: Cold War in the communist world*. Princeton: Princeton University Press.

Mbiti, I. and Weil, D.N. (2016) ‘Mobile banking: the impact of M-Pesa in Kenya’, in Edwards, S., Johnson, S. and Weil, D.N. (eds) *African successes, volume III: modernization and development*. Chicago: University of Chicago Press, pp. 247–293.

Ndung’u, N 2018, ‘Next steps for the digital revolution in Africa’, Brookings Institution, viewed 3 March 2024, <https://www.brookings.edu/articles/next-steps-for-the-digital-revolution-in-africa/>.

Ochieng, G. (2024) Interview with the author. Nairobi, 14 August.

OpenAI (2025) *ChatGPT (GPT-4o)* response to the prompt ‘Explain how M-Pesa agents manage float’. Generated 3 March 2025. Available at: https://chatgpt.com/.

Suri, T. (2017a) ‘Mobile money’, *Annual Review of Economics*, 9, pp. 497–520.

Suri, T. (2017b) *Digital credit and the poor*. Cambridge, MA: MIT Press.

Tolstoy, L. (2010) *War and peace*. Translated by L. Maude and A. Maude. Oxford: Oxford University Press.

van der Berg, S. (2007) ‘Apartheid’s enduring legacy: inequalities in education’, *Journal of African Economies*, 16(5), pp. 849–880.

Vox (2021) *How mobile money works*. 12 January. Available at: https://www.youtube.com/watch?v=2nB9Zo2gJd8 (Accessed: 4 March 2024).

World Bank (2022) *The Global Findex Database 2021*. Washington, DC: World Bank. Available at: https://www.worldbank.org/en/publication/globalfindex (Accessed: 2 February 2025).
"""

LISTS = {
    "chicago": (CHICAGO, "Bibliography"),
    "mla": (MLA, "Works Cited"),
    "apa": (APA, "References"),
    "harvard": (HARVARD, "Reference list"),
}


def _essay(style: str) -> str:
    body, heading = LISTS[style]
    return f"# Introduction\n\nThe sources below are cited throughout.\n\n# {heading}\n{body}"


@pytest.mark.parametrize("style", sorted(LISTS))
def test_a_clean_bibliography_raises_nothing(style, tmp_path):
    path = tmp_path / f"{style}.md"
    path.write_text(_essay(style), encoding="utf-8")
    engine = build_engine(Settings(select=("REF005", "REF006", "REF010"), as_of=date(2026, 11, 26)))
    result = engine.check_path(path)
    assert result.status == "checked"
    assert [f"{f.code} {f.message}" for f in result.findings] == []


@pytest.mark.parametrize("style", sorted(LISTS))
def test_every_entry_is_read_with_its_author_year_and_title(style):
    body, _ = LISTS[style]
    found = entries(read_markdown_text(_essay(style)))
    assert len(found) == body.strip().count("\n\n") + 1
    # An undated web page is dated by its access date.
    assert [e.text for e in found if not (e.lead and e.title and (e.year or e.accessed))] == []
    # Most entries say which style they are in; none says another of the four.
    styles = {e.style for e in found} - {None}
    assert styles == {style}
