/** English language knowledge used by text analysis. Data only. */
import { eng } from 'stopword';

export const en = {
  stopwords: [...eng, 'said', 'says', 'also', 'would', 'could', 'its', 'it\'s', 'per', 'via', 'against', 'already', 'less', 'during', 'though', 'although', 'among', 'however', 'within', 'without', 'others', 'even', 'yet', 'whether', 'toward', 'towards', 'upon', 'despite', 'ever'],
  elisions: [] as string[],
  abbreviations: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Sr', 'Jr', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Gov', 'Sen', 'Rep', 'Rev', 'vs', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'No', 'U.S', 'U.K', 'U.N', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  pageMarkers: ['advertisement', 'sponsored', 'sponsored content', 'share', 'print', 'subscribe', 'read more', 'see also', 'related', 'watch', 'video', 'photo', 'gallery'],
  sectionCutMarkers: ['you may also like', 'you might also like', 'more from', 'related articles', 'related stories', 'recommended for you', 'most read', 'more stories', 'trending now', 'read next'],
  boilerplatePhrases: ['leave a comment', 'post a comment', 'comments are closed', 'comments have been closed', 'sign up for our', 'subscribe to our', 'our newsletter', 'use of cookies', 'accept cookies', 'all rights reserved', 'terms of use', 'privacy policy', 'report abuse', 'join the conversation', 'spotted an error', 'thank you for your understanding'],
  mediaMarkers: ['video', 'photo', 'image', 'audio', 'podcast', 'watch'],
  creditPatterns: [
    /^(?<names>.+?)\s+of\s+(?<outlet>[A-Z][\w .&'-]+?)\s+contributed to this (?:report|story|article)\.?$/u,
    /^\((?:reporting|writing|editing)\b[^)]*\)$/iu,
    /^[Aa]ccording to\s+(?<outlet>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)\s*\.?$/u,
  ],
};
