/** The admin page's words, in Japanese and English (workers' words, not the bot's). */

/** Languages the admin page speaks. */
export type AdminLang = "ja" | "en";

const ja = {
  title: "komorebi 管理ページ",
  signInTitle: "管理ページにサインイン",
  token: "管理トークン",
  signIn: "サインイン",
  signOut: "サインアウト",
  wrongToken: "トークンが違います。",
  tooMany: "失敗が続いたため、しばらく受け付けません。15分ほどしてからもう一度どうぞ。",
  refused: "このページ以外から送られたため、受け付けませんでした。",
  newLink: "キャンペーンのリンクを作る",
  campaign: "キャンペーン名",
  campaignHelp: "あなたが見分けるための名前です。相談に来る人には見えません。",
  note: "メモ（任意）",
  greetingJa: "あいさつ・日本語（任意）",
  greetingEn: "あいさつ・英語（任意）",
  greetingHelp:
    "このリンクから来た人に、最初のあいさつのあとで伝えます。例：〇〇センターのカードから来てくださったんですね。",
  create: "作る",
  created: "リンクを作りました。",
  campaigns: "キャンペーン",
  noCampaigns: "まだリンクはありません。",
  code: "コード",
  createdAt: "作成",
  revokedAt: "停止",
  active: "使用中",
  links: "リンク",
  lineAddFriend: "LINE 友だち追加（コードなし・数えません）",
  qr: "QRコード",
  card: "印刷用カード",
  cardA6: "はがき A6",
  cardA4: "チラシ A4",
  revoke: "このリンクを止める",
  revoked: "リンクを止めました。このリンクから来た人は、キャンペーンなしで話を始めます。",
  figures: "数字（匿名）",
  figuresHelp:
    "会話の数だけを数えます。誰かは分かりません。「<5」は隠した数です：5未満の数と、合計から5未満の数を逆算できないように一緒に隠した数です。",
  period: "期間",
  channel: "チャネル",
  all: "合計",
  weekly: "週ごとの開始数",
  language: "English",
  noLink: "このチャネルは設定されていません。",
} as const;

/** One language's words. */
export type AdminTexts = { readonly [K in keyof typeof ja]: string };

const en: AdminTexts = {
  title: "komorebi admin",
  signInTitle: "Sign in to the admin page",
  token: "Admin token",
  signIn: "Sign in",
  signOut: "Sign out",
  wrongToken: "That token is not right.",
  tooMany: "Too many failed attempts. Please try again in about 15 minutes.",
  refused: "Refused: this did not come from this page.",
  newLink: "Make a campaign link",
  campaign: "Campaign name",
  campaignHelp: "A name for you to tell links apart. People who use the link never see it.",
  note: "Note (optional)",
  greetingJa: "Greeting in Japanese (optional)",
  greetingEn: "Greeting in English (optional)",
  greetingHelp:
    "Said after the welcome to people who came through this link, e.g. You found us through the centre's card.",
  create: "Make it",
  created: "The link is ready.",
  campaigns: "Campaigns",
  noCampaigns: "No links yet.",
  code: "Code",
  createdAt: "Made",
  revokedAt: "Stopped",
  active: "in use",
  links: "Links",
  lineAddFriend: "LINE add friend (no code: not counted)",
  qr: "QR codes",
  card: "Printable card",
  cardA6: "Postcard A6",
  cardA4: "Flyer A4",
  revoke: "Stop this link",
  revoked: "The link is stopped. People who use it now start without a campaign.",
  figures: "Figures (anonymous)",
  figuresHelp:
    "Only numbers of conversations, never who. <5 marks a hidden count: one below 5, or one hidden with it so that it cannot be worked out from a total.",
  period: "Period",
  channel: "Channel",
  all: "all",
  weekly: "Conversations started per week",
  language: "日本語",
  noLink: "This channel is not set up.",
};

/** The words for a language. */
export const adminTexts: Readonly<Record<AdminLang, AdminTexts>> = { ja, en };

/** Column names of figures. */
export const metricNames: Readonly<Record<AdminLang, Record<string, string>>> = {
  ja: {
    started: "開始",
    welcomed: "返事あり",
    "asked-person": "人と話したい",
    "check-in-accepted": "あいさつ希望",
    "safety-response": "安全の案内",
  },
  en: {
    started: "started",
    welcomed: "replied",
    "asked-person": "asked for a person",
    "check-in-accepted": "check-in accepted",
    "safety-response": "safety response",
  },
};
