/**
 * Whether a question wants customers' words: their stories ("what do people say about the tours?", "any
 * success stories?") or how something went for them ("does it really work?", "is the tour worth it?"). A
 * testimonial is one customer's experience, never a fact about the business: it answers those questions, and
 * never "how much is an e-bike for a day" however many of its words it shares.
 */
import { fold } from '../understanding/normalize.ts';

/** "What do people say about the tours?", "how did it go for others?": a question for customers' stories. */
const STORIES = new RegExp(String.raw`\b(?:what (?:do|did|does|would) (?:people|others|other \w+|customers|clients|students|guests|riders|parents|members|users|families) (?:say|think)|` +
  String.raw`what (?:people|others|customers|clients|students|guests) (?:say|think)|how did (?:it|that) go|reviews?|testimonials?|feedback|` +
  String.raw`(?:success |customer |real )?stories|opinion(?:s|es)?|resenas?|que (?:dicen|opinan))\b`, 'u');

/** "Does it work for busy parents?", "is it worth it", "results?", "how was a January trip?": how it went. */
const EXPERIENCE = new RegExp(String.raw`\b(?:does (?:it|this|that) (?:really |actually )?work|(?:is|was) (?:it|this|that) worth|worth (?:it|the money)|` +
  String.raw`results?|how (?:was|were) (?:it|the|a|an|your)|(?:is|are|was|were) (?:the|your|it|they) [\w ]{0,20}good|any good|experiences?|` +
  String.raw`anyone (?:tried|done|like me)|people like me)\b`, 'u');

export const asksForStories = (question: string) => STORIES.test(fold(question));

/** A question a customer's story may answer: one for stories, or for how it went. */
export const asksForExperience = (question: string) => asksForStories(question) || EXPERIENCE.test(fold(question));
