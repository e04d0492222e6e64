/**
 * The shape of a Chinese or Korean name written surname first ("He Weiling", "Park Sin-bom"):
 * word lists only, so the title reader and the name rules can both use it.
 */

/** Common Chinese surnames in pinyin, and the Wade-Giles and Korean spellings written in English copy. */
export const PINYIN_SURNAMES = new Set(
  ('Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Tang Han Feng Deng Cao Peng ' +
    'Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Qin Xi Wen Bo Kong Qian Shi Gu Hou ' +
    'Meng Bai Cui Mao Zou Xiong Qiu Qi Yan Fan Lei Hao Wan Duan Zhong Tan Jia Zuo Qu Geng Xing Niu Kang Yin').split(' '),
);
const FAMILY_NAMES_FIRST = new Set([
  ...PINYIN_SURNAMES,
  ...('Chiang Chang Tsai Lee Hsu Hsieh Kuo Chou Chu Chung Chao Teng Soong Lai Ko Hung Wong Cheung Leung Lam Ho Chan Tsang Kim Park Moon Yoon ' +
    'Choi Roh Chun Cho Jung Ahn Hwang Kwon Shin Oh Seo Lim Yoo Hong Ban Noh Baek Jang Jeon Nam Rhee Son Bae').split(' '),
]);

const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u)';
/** A given name of one or two pinyin syllables written as one word: "Weiling", "Jiyun", "Yi". */
const PINYIN_GIVEN = new RegExp(`^(?:${SYLLABLE}){1,2}$`);
/** A given name in two parts joined by a hyphen: "Sin-bom", "Ka-shing", "Jae-in". */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
// English words after a surname-like word in firm and product names: "Sun Co", "Sun Life", "Mao Tai".
const NOT_GIVEN = new Set(['Co', 'Corp', 'Life', 'Dance', 'Data', 'Tai', 'Line', 'Lines', 'Bank', 'Group', 'Oil']);

/** Whether `first` and `given` read as a Chinese or Korean name, surname first. */
export function isSurnameFirst(first: string, given: string): boolean {
  if (NOT_GIVEN.has(given)) return false;
  if (HYPHENATED_GIVEN.test(given)) return FAMILY_NAMES_FIRST.has(first);
  return PINYIN_SURNAMES.has(first) && /^\p{Lu}\p{Ll}+$/u.test(given) && PINYIN_GIVEN.test(given.toLowerCase());
}

const FAMILY_NAMES_LOWER = new Set([...FAMILY_NAMES_FIRST].map((n) => n.toLowerCase()));

/** Whether a word (any case) is a Chinese or Korean family name, which such names put first. */
export const isFamilyNameFirst = (word: string): boolean => FAMILY_NAMES_LOWER.has(word.toLowerCase());
