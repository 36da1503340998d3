/**
 * The seed article's body as the parser gives it (runs of spaces collapsed,
 * "Related Posts" removed), for exporter tests that build their models by hand.
 */
export const seedParagraphs: readonly string[] = [
  'Russian Foreign Minister Sergei Lavrov and the US Secretary of State John Kerry on Friday called for resuming quickly the intra-Syrian peace talks in Geneva.',
  '“The sides called for a quick resumption of talks between the Syrian government and the entire spectrum of opposition under the UN aegis in Geneva, where the Syrians must decide on the future of their country,” the Russian foreign ministry said in a statement.',
  'Secretary of State John Kerry has also called for “Plan B” during his recent testimony to the Senate Foreign Relations Committee–essentially if “cessation of hostilities” in Syria fail, the U.S. military is considering a more concerted campaign to help the Syrian opposition weaken, and overthrow, President Bashar al-Assad.',
  'Lavrov and Kerry reaffirmed the course of close military interaction between Moscow and Washington in order to support the Syrian ceasefire regime, which has been approved by the Russian and the US presidents.',
  'It was agreed to continue the active efforts to promote all aspects of the Syrian settlement through the International Syria Support Group co-chaired by Russia, the US and the UN, according to the statement.',
  'During a phone conference earlier in the day, state leaders of Russia, Britain, Germany, France and Italy praised the Russian-US agreement on ceasefire in Syria, which came into force at midnight of February 26.',
  'Meanwhile, foreign ministers of France, Germany and Britain expressed their hope for a rapid resumption of negotiations in Geneva, warning that Syrian peace talks would fail unless humanitarian aid was granted and a ceasefire respected.',
  'Currently the UN-mediated intra-Syrian peace talks are scheduled to resume on March 9.',
  'The talks sought to broker a political solution between warring factions in Syria, namely Syrian President Bashar al-Assad’s government and opposition forces, but came to a standstill on February 3 after parties failed to see eye-to-eye on a number of issues.',
];
