/**
 * English irregular verbs: base form, simple past, past participle (several spellings with "/").
 * Search terms map a past form to its base ("fell", "fallen" → "fall") so a question in the
 * present meets a report in the past. Data only.
 *
 * Left out on purpose: forms that are mostly another word in news text and would merge two
 * meanings ("found" the city, "left" the party, "the Fed", "born", "a bit", "a spat", "lay", "saw",
 * "bore", "ground", "wound", "bound").
 */
const TABLE = `
arise arose arisen | awake awoke awoken | be was/were been | bear - borne | beat beat beaten |
become became become | begin began begun | bend bent bent | bet bet bet | bid bid bid | bite - bitten |
bleed bled bled | blow blew blown | break broke broken | breed bred bred | bring brought brought |
broadcast broadcast broadcast | build built built | burn burnt burnt | burst burst burst | buy bought bought |
catch caught caught | choose chose chosen | cling clung clung | come came come | cost cost cost |
creep crept crept | cut cut cut | deal dealt dealt | dig dug dug | do did done | draw drew drawn |
dream dreamt dreamt | drink drank drunk | drive drove driven | eat ate eaten | fall fell fallen |
feed - - | feel felt felt | fight fought fought | find - - | flee fled fled | fly flew flown |
forbid forbade forbidden | forecast forecast forecast | foresee foresaw foreseen | forget forgot forgotten |
forgive forgave forgiven | freeze froze frozen | get got got/gotten | give gave given | go went gone |
grow grew grown | hang hung hung | have had had | hear heard heard | hide hid hidden | hit hit hit |
hold held held | hurt hurt hurt | keep kept kept | know knew known | lead led led | lean leant leant |
leap leapt leapt | learn learnt learnt | leave - - | lend lent lent | let let let | lie - lain |
light lit lit | lose lost lost | make made made | mean meant meant | meet met met | mislead misled misled |
mistake mistook mistaken | overcome overcame overcome | overtake overtook overtaken | overthrow overthrew overthrown |
pay paid paid | prove - proven | put put put | quit quit quit | read read read | rebuild rebuilt rebuilt |
redo redid redone | rethink rethought rethought | rewrite rewrote rewritten | ride rode ridden | ring rang rung |
rise rose risen | run ran run | say said said | see - seen | seek sought sought | sell sold sold |
send sent sent | set set set | sew sewed sewn | shake shook shaken | shed shed shed | shine shone shone |
shoot shot shot | show showed shown | shrink shrank/shrunk shrunk | shut shut shut | sing sang sung |
sink sank sunk | sit sat sat | sleep slept slept | slide slid slid | slit slit slit | speak spoke spoken |
speed sped sped | spend spent spent | spill spilt spilt | spin spun spun | spit - - | split split split |
spread spread spread | spring sprang sprung | stand stood stood | steal stole stolen | stick stuck stuck |
sting stung stung | stink stank stunk | strike struck struck/stricken | strive strove striven | swear swore sworn |
sweep swept swept | swell swelled swollen | swim swam swum | swing swung swung | take took taken |
teach taught taught | tear tore torn | tell told told | think thought thought | throw threw thrown |
thrust thrust thrust | tread trod trodden | undergo underwent undergone | understand understood understood |
undertake undertook undertaken | undo undid undone | upset upset upset | uphold upheld upheld |
wake woke woken | wear wore worn | weave wove woven | weep wept wept | win won won | withdraw withdrew withdrawn |
withhold withheld withheld | withstand withstood withstood | wring wrung wrung | write wrote written |
arise arose arisen | befall befell befallen | beget begot begotten | behold beheld beheld | beset beset beset |
bust bust bust | cast cast cast | forsake forsook forsaken | inlay inlaid inlaid | kneel knelt knelt |
mislay mislaid mislaid | outdo outdid outdone | outgrow outgrew outgrown | outrun outran outrun |
overdo overdid overdone | overhear overheard overheard | override overrode overridden | oversee oversaw overseen |
oversleep overslept overslept | partake partook partaken | plead pled pled | sling slung slung | smite smote smitten |
stride strode stridden | string strung strung | sunburn sunburnt sunburnt | undercut undercut undercut |
underlie underlay underlain | underwrite underwrote underwritten | unwind unwound unwound | wed wed wed`;

/** Past forms and participles of English irregular verbs → base form ("fell" → "fall"). */
export const englishIrregularPasts: Record<string, string> = (() => {
  const forms: Record<string, string> = {};
  for (const entry of TABLE.split('|')) {
    const [base, ...pasts] = entry.trim().split(/\s+/);
    if (!base) continue;
    for (const past of pasts.flatMap((p) => p.split('/'))) {
      if (past !== '-' && past !== base && !(past in forms)) forms[past] = base;
    }
  }
  return forms;
})();
