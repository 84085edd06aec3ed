/**
 * A height and a weight said together ("1m70 and 45kg", "5ft 6 and 98 lbs", "160 cm, 7 stone"): a body
 * mass index far too low for an adult, beside a wish to lose more, is an eating disorder's sign whatever
 * the words around it. Over normalized text (phrases.ts), so "1.70m" reads "1 70m".
 */

/** Words before a weight that make it an amount lost, gained or aimed at, not what the visitor weighs now. */
const NOT_NOW = /(?:^| )(?:lose|lost|losing|drop|dropped|shed|gain|gained|gaining|put on|down|to|under|below|goal|target|another|extra|of|over|about|be|weigh in at)$/u;
const HEIGHT = /(?:^| )(?:([12]) ?m ?(\d{2})|([12]) (\d{2}) ?m|(1[4-9]\d|2[0-2]\d) ?cm|([4-6]) ?(?:ft|foot|feet) ?(\d{1,2})?(?: ?(?:in|inches))?)(?= |$)/u;
const WEIGHT = /(?:^| )(\d{1,3}) ?(kg|kgs|kilos|kilograms|lb|lbs|pounds|st|stone)(?: (\d{1,2})(?= |$))?/gu;
const LOSING = /(?:^| )(?:lose|losing|drop|dropping|thinner|smaller|skinnier|lighter|get down|still (?:feel|look) (?:fat|huge|big)|feel (?:fat|huge)|too fat|so fat)(?= |$)/u;
const GAINING = /(?:^| )(?:gain|gaining|bulk|bulking|put on|build|eat more|underweight and want to)(?= |$)/u;

function metres(said: string): number | null {
  const h = HEIGHT.exec(said);
  if (!h) return null;
  const [, m, cm, m2, cm2, cmOnly, feet, inches] = h.map((part) => Number(part ?? 0));
  if (m) return m + (cm ?? 0) / 100;
  if (m2) return m2 + (cm2 ?? 0) / 100;
  if (cmOnly) return cmOnly / 100;
  return ((feet ?? 0) * 12 + (inches ?? 0)) * 0.0254;
}

function kilos(said: string): number | null {
  for (const w of said.matchAll(WEIGHT)) {
    if (NOT_NOW.test(said.slice(0, w.index + (w[0].startsWith(' ') ? 1 : 0)).trimEnd())) continue;
    const [, amount = '0', unit = '', stonePounds = '0'] = w;
    const value = Number(amount);
    const kg = unit.startsWith('k') ? value : /^(?:lb|pound)/u.test(unit) ? value * 0.4536 : (value * 14 + Number(stonePounds)) * 0.4536;
    if (kg >= 20 && kg <= 250) return kg;
  }
  return null;
}

/** "I'm 1m70 and 45kg and need to lose 5 more": a BMI under 17.5 and a wish to lose, or under 16. */
export function tooThinToLose(said: string): boolean {
  const height = metres(said);
  const weight = kilos(said);
  if (!height || !weight || GAINING.test(said)) return false;
  const bmi = weight / (height * height);
  // Under 16 is a danger whatever is wished; under 17.5 beside a wish to lose more.
  return bmi >= 9 && (bmi < 16 || (bmi < 17.5 && LOSING.test(said)));
}
