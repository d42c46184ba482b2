"""The words patients use, grouped into concepts the matcher compares.

Each concept has a kind, which sets its weight, and the surface forms (words or phrases, any
spelling the normaliser accepts) that mean it. A topic or condition that no FAQ phrasing mentions
is one the FAQ does not cover: a question about it falls back instead of reaching the nearest entry.
Surfaces are written already normalised (lowercase words, American spelling, no punctuation).
"""

from __future__ import annotations

SUBJECT = "subject"  # the FAQ's own subject: calcinosis and its deposits
TOPIC = "topic"  # something a question can be about
FACET = "facet"  # a broad aspect (symptoms, treatment) that many entries share
INTENT = "intent"  # what kind of question (definition, where, when, how many)
CONDITION = "condition"  # another disease or health problem
RELATION = "relation"  # linked, associated, related

WEIGHTS = {SUBJECT: 0.25, TOPIC: 1.0, FACET: 0.6, INTENT: 0.3, CONDITION: 1.0, RELATION: 0.4}
UNCOVERED_WEIGHT = 3.0
"""Weight of a known topic or condition that no FAQ entry mentions: enough to force a fallback."""
UNKNOWN_WEIGHT = 1.0
"""Weight of a word the matcher does not know at all."""

# concept: (kind, "surface | surface | ...")
CONCEPTS: dict[str, tuple[str, str]] = {
    # the subject
    "calcinosis": (SUBJECT, "calcinosis | calcinoses | calcinosis cutis | calcinoisis | calcinose"
                   " | calcification | calcifications | calcified | calcify | calcifying"
                   " | this condition | the condition | my condition"),
    "deposit": (SUBJECT, "deposit | deposits | calcium deposit | calcium deposits | deposition"
                " | lump | lumps | bump | bumps | nodule | nodules | growth | growths | knot"
                " | knots | hard spot | hard spots | chalky | white spots | calcium lumps"
                " | stones in my skin | the calcium | this calcium | that calcium"
                " | calcium lump | calcium bump | calcium bumps | calcium nodule"
                " | calcium nodules | calcium spots | calcium bits | chalky bits | white bits"
                " | hard bits"),
    "accumulation": (TOPIC, "calcium build up | calcium buildup | build up | buildup | builds up"
                     " | build ups | buildups | calcium build ups | calcium buildups"
                     " | accumulation | accumulate | accumulates | accumulating | collect"
                     " | collects | calcium to build up | calcium builds up | calcium to collect"
                     " | calcium collects | calcium accumulates | accumulation of calcium"),
    "calcium": (CONDITION, "calcium | calcium level | calcium levels | calcium deficiency"),
    # what it is, where, types
    "define": (INTENT, "what is | what s | whats | what are | define | definition | meaning"
               " | mean | means | explain | explanation | tell me about | tell me more about"
               " | information about | info about | info on | overview | describe | what does"),
    "where": (INTENT, "where | which part | which parts | what part | what parts | location"
              " | located | areas | area | body parts | part of the body | parts of the body"
              " | places | show up | occur | occurs | appear | appears | appeared | happen"
              " | anywhere | found in | found on | turn up | turns up | pop up | pops up"
              " | bits of the body | parts of my body | bits of my body | where on the body"
              " | everywhere | any part | any part of the body | in the body | on the body"),
    "affect": (FACET, "affect | affects | affected | affecting | involve | involved"),
    "joint": (FACET, "joint | joints | knuckle | knuckles"),
    "tendon": (FACET, "tendon | tendons | ligament | ligaments"),
    "skin": (FACET, "skin | skins | dermal | cutaneous | the surface"),
    "deep": (TOPIC, "deeper tissues | deep tissue | deeper tissue | deep | deeper | under the skin"
             " | tissue | tissues | beneath the skin | below the skin"),
    "types": (FACET, "type | types | kind | kinds | forms of | form of | variety | varieties"
              " | sorts | sorts of | different sorts | what sort | what sorts"
              " | that form | this form | which form"
              " | category | categories | classification | classified | subtype | subtypes"
              " | how many types | different types | different kinds"),
    "count": (INTENT, "how many | number of | main"),
    "localized": (TOPIC, "localized | local | limited | one area | one place | single area"
                  " | only on one | only in one | just on one | just in one | only one area"
                  " | only in one spot | only on one spot | in one spot | on one spot | one spot"
                  " | local form | the local form | local type"
                  " | only in one place | only one place | only in one area | only on one area"
                  " | one spot | one part of the body"),
    "systemic": (TOPIC, "systemic | widespread | whole body | all over | all over the body"
                 " | widespread form | the widespread form | widespread type"
                 " | generalized | throughout the body"),
    "underlying": (RELATION, "underlying | associated | association | associate | linked | link"
                   " | links | related | relation | relationship | connected | connection"
                   " | connect | tied | tied to | to do with | have to do with | because of"
                   " | go together | goes together | go along with | goes along with"
                   " | due to | result of | come with | comes with | go with | goes with"),
    "condition": (FACET, "condition | conditions | illness | illnesses | disease | diseases"
                  " | disorder | disorders | medical problem | medical problems"
                  " | health problem | health problems | medical condition"
                  " | medical conditions | problem | problems"),
    # causes
    "cause": (FACET, "cause | causes | caused | causing | caused by | cause of | causes of"
              " | reason | reasons | trigger | triggers | triggered | lead to | leads to | why"
              " | what makes | where does it come from | come from | comes from | origin"
              " | how do you get | how do i get | how does someone get | how did i get"
              " | how do people get | why do people get | why did i get | get it | sets off"
              " | set off | brings on | bring on | why would this happen | why does this happen"
              " | why did this happen | why is this happening"),
    "autoimmune": (CONDITION, "autoimmune | auto immune | immune | immune system | autoimmunity"
                   " | body attacks itself | immune disorder"),
    "develop": (FACET, "develop | develops | developed | developing | form | forms | formed"
                " | forming | formation | over time | build | builds | grow | grows | growing"),
    # conditions named in the document
    "kidney": (CONDITION, "kidney | kidneys | renal | kidney failure | kidney disease"
               " | renal failure | kidney problems | kidney problem | dialysis"),
    "diabetes": (CONDITION, "diabetes | diabetic | diabetics | blood sugar | type 1 diabetes"
                 " | type 2 diabetes | sugar diabetes"),
    "cancer": (CONDITION, "cancer | cancers | tumor | tumors | oncology | carcinoma"),
    # symptoms
    "symptom": (FACET, "symptom | symptoms | sign | signs | symptomatic | warning signs"
                " | what does it feel like | feel like | look like | looks like"
                " | how do i know if i have | how would i know | how can i tell | effect | effects"
                " | consequence | consequences | do to"),
    "ulcer": (TOPIC, "ulcer | ulcers | ulcerate | ulcerates | ulcerated | ulcerating | ulceration"
              " | open sore | open sores | a sore | the sore | this sore | sores | wound | wounds"
              " | break open | broken open | broke open | breaking open"
              " | breaks open | burst | bursts | ooze | oozes | oozing | weep | weeping"
              " | discharge | pus | open up | opens up | opened up | burst open | bursts open"
              " | crust | crusty | scab"),
    "bleed": (TOPIC, "bleed | bleeds | bleeding | bled | blood | bloody"),
    "itch": (TOPIC, "itch | itches | itching | itchy | itchiness | scratch | scratching"
             " | prickly | tingle | tingling"),
    "fatigue": (TOPIC, "fatigue | fatigued | tired | tiredness | exhausted | exhaustion | knackered"
                " | shattered | wiped | worn"
                " | weary | no energy | low energy | lack of energy | lethargic | lethargy"
                " | worn out | sleepy | drained | run down | wiped out | weakness | weak"),
    "lymph": (TOPIC, "lymph | lymph node | lymph nodes | lymph glands | lymphatic | gland"
              " | glands | swollen glands | nodes | node"),
    "discolor": (TOPIC, "discoloration | discolored | discolor | color | colored | colors | pale"
                 " | paleness | pallor | bluish | blue | purple | gray"
                 " | change color | changes color | different color | darker | lighter"
                 " | skin look | skin looks | skin looking | the skin look | skin appear"
                 " | skin appears | appearance of the skin"),
    "red": (TOPIC, "red | redness | reddish | reddened | flushed | pink | pinkish"),
    "warm": (TOPIC, "warm | warmth | warmer | hot | heat | hot to the touch | warm to the touch"),
    "stiff": (TOPIC, "stiff | stiffness | stiffen | stiffening | rigid | difficulty moving"
              " | hard to bend | difficult to bend | difficulty bending | trouble bending"
              " | hard for bend | cant bend | cannot bend"
              " | hard to move | trouble moving | can t move | cannot move | cant move"
              " | unable to move | mobility | move | moving | movement | bend | bending"
              " | range of motion | flexibility"),
    "cramp": (TOPIC, "cramp | cramps | cramping | spasm | spasms | charley horse"),
    "muscle": (TOPIC, "muscle | muscles | muscular"),
    "pain": (TOPIC, "pain | pains | painful | hurt | hurts | hurting | ache | aches | aching"
             " | achy | sore | sore to touch | painful to touch | hurts to touch | tender"
             " | tenderness | discomfort | throbbing | sting | stinging | agony"),
    "swell": (TOPIC, "swelling | swollen | swell | swells | puffy | puffiness | inflamed"
              " | inflammation | inflammatory | irritated | irritation"),
    "hard": (FACET, "hard to touch | hard | firm | solid | rock hard"),
    "lesion": (TOPIC, "lesion | lesions | spot | spots | patch | patches | marks | mark"),
    # diagnosis
    "diagnose": (FACET, "diagnose | diagnosed | diagnoses | diagnosing | diagnosis"
                 " | diagnostic | test | tests | testing | tested | check | checked | checks"
                 " | confirm | confirmed | detect | detected | identify | identified"
                 " | find out | work out | figure out | investigation | investigations"
                 " | assess | assessment | evaluate | evaluation | doctor know | doctors know"
                 " | doctor tell | doctors tell | doctor find out | they know if | they tell if"),
    "exam": (TOPIC, "examination | examine | examined | exam | physical exam"
             " | physical examination | inspect | inspection | look at | looks at"
             " | feel the lumps | check up | checkup | size shape and color"),
    "biopsy": (TOPIC, "biopsy | biopsies | tissue sample | sample | samples | skin sample"
               " | specimen | laboratory | lab | labs | lab test | lab tests | analysis"
               " | take a piece | piece of skin | piece of tissue | bit of skin | bit of tissue"
               " | small piece | take some skin | take skin away | bit of the lump"),
    "imaging": (TOPIC, "imaging | image | images | scan | scans | scanning | x ray | x rays"
                " | xray | xrays | radiograph | radiography | mri | mri scan | ct | ct scan"
                " | ct scans | cat scan | computed tomography | magnetic resonance | extent"
                " | how far it has spread | how far | how far the calcium has spread"
                " | how far the deposits have spread | how much it has spread"),
    # treatment
    "treat": (FACET, "treat | treats | treated | treating | treatment | treatments | therapy"
              " | therapies | manage | managed | managing | management | handle | deal with"
              " | get rid of | remedy | remedies | options | option | what can be done"
              " | what can i do | what should i do | how can i help | fix | fixed | care"),
    "goal": (TOPIC, "goal | goals | aim | aims | purpose | objective | point of treatment"
             " | achieve | trying to achieve | hoping to achieve"
             " | shrink | shrinks | shrinking | smaller | reduce the size | reduce | reduced"
             " | dissolve | dissolved | size | get smaller | treatment do | treatment does"
             " | treatment achieve | treatment aim"),
    "medication": (TOPIC, "medication | medications | medicine | medicines | meds | drug"
                   " | drugs | pill | pills | tablet | tablets | painkiller | painkillers"
                   " | pain killer | pain killers | pain relief | pain reliever"
                   " | pain relievers | nsaid | nsaids | anti inflammatory"
                   " | anti inflammatories | non steroidal | antiinflammatory | prescription"
                   " | prescriptions | prescribe | prescribed | ibuprofen | advil | motrin"
                   " | nurofen | brufen"),
    "cream": (TOPIC, "cream | creams | ointment | ointments | topical | topically | lotion"
              " | lotions | gel | gels | salve | balm | rub on | rub | apply to the skin"
              " | put on the skin"),
    "physio": (TOPIC, "physiotherapy | physio | physical therapy | physical therapist"
               " | physiotherapist | pt | rehab | rehabilitation | physical therapy exercises"
               " | physio exercises | exercise therapy | therapeutic exercise"
               " | exercises to strengthen | exercise to strengthen | strengthening exercises"
               " | exercise program | strengthen | strengthening"
               " | strength | strengthen the muscles"),
    "surgery": (TOPIC, "surgery | surgeries | surgical | surgically | operation | operations"
                " | operate | operated | cut out | cut them out | cut it out | cut | remove"
                " | removed | removal | removing | excision | excise | excised | take out"
                " | taken out | surgeon | procedure | get them removed | op | ops"),
    "doctor": (TOPIC, "doctor | doctors | dr | gp | physician | physicians | clinician"
               " | specialist | specialists | dermatologist | rheumatologist | consultant"
               " | medical professional"
               " | health professional | professional | medical help | medical advice"
               " | nurse | consult | consultation | see someone"
               " | get it checked | get checked | seek help | talk to | speak to | speak with"
               " | talk with | go to the doctor | contact | contact my | call my doctor"
               " | get this checked | get these checked | get them checked | have it checked"
               " | have this checked | checked out | checked by"),
    "suspect": (TOPIC, "think i have | think i might have | think i may have | think i ve got"
                " | think ive got | might have | may have | suspect | could i have"),
    "when": (INTENT, "when | at what point | how soon | should i worry | worried | worry"
             " | concerned | time to see"),
    "rare": (FACET, "rare | rarely | rare cases | extreme cases | severe | severe cases"
             " | serious cases | large | larger | big | bigger"),
    # topics the bundled document does not cover
    "contagious": (TOPIC, "contagious | infectious | infection | infections | catching"
                   " | catch it | catch | spread to others | spread to other people"
                   " | transmit | transmitted | transmissible | pass it on"),
    "prognosis": (TOPIC, "prognosis | outlook | life expectancy | survive | survival | die"
                  " | dying | death | deadly | fatal | lethal | kill me | will it kill"
                  " | live with | long term | permanent | go away | goes away | disappear"
                  " | disappears | get worse | gets worse | worse | worsen | worsening"
                  " | progress | progresses | progression | recurrence | recur | come back"
                  " | comes back | chronic | curable | cure | cured | cures | heal | heals"
                  " | healing | recover | recovery | get better | gets better | improve"
                  " | improves | how long | serious | dangerous | life threatening"
                  " | on its own | by itself | naturally | stages | stage | spread | spreads"
                  " | turn into cancer | turns into cancer | become cancerous | becomes cancerous"
                  " | turn cancerous | turn malignant | become malignant | develop into cancer"
                  " | turn into cancerous | type of cancer | kind of cancer | form of cancer"
                  " | is it cancer | is this cancer | is calcinosis cancer | is it cancerous"
                  " | is this cancerous | is calcinosis cancerous | cancerous | malignant"
                  " | malignancy"),
    "diet": (TOPIC, "diet | diets | food | foods | eat | eating | eats | drink | drinks"
             " | drinking | milk | dairy | cheese | yogurt | supplement | supplements"
             " | vitamin | vitamins | vitamin d | nutrition | nutritional | calcium intake"
             " | alcohol | coffee | sugar | salt | water | meal | meals"),
    "cost": (TOPIC, "cost | costs | price | prices | expensive | cheap | afford | insurance"
             " | insured | pay | paying | money | covered by | medicare | medicaid | bill"
             " | fee | fees"),
    "prevention": (TOPIC, "prevent | prevention | preventing | prevented | avoid | avoiding"
                   " | stop it from | stop them from | stop calcinosis | from happening"
                   " | from forming | from developing | from coming back | reduce the risk"
                   " | risk | risks | risk factor"
                   " | risk factors | lower my risk"),
    "inheritance": (TOPIC, "inherit | inherited | inheritance | hereditary | genetic | genetics"
                    " | gene | genes | family | families | runs in the family | parents"
                    " | pass it to my children | pass on | passed down"),
    "population": (TOPIC, "children | child | kids | kid | baby | babies | infant | infants"
                   " | pregnant | pregnancy | elderly | old people | older people | teenager"
                   " | teenagers | women | men | age | ages | young | how common | how rare"
                   " | dog | dogs | cat | cats | pet | pets | horse | horses | animal | animals"
                   " | prevalence | incidence | statistics | how many people | who gets"),
    "comparison": (TOPIC, "best | the best | which is best | most effective | more effective"
                   " | better than | worse than | strongest | recommended brand | which brand"),
    "quantity": (TOPIC, "dose | doses | dosage | dosing | mg | milligrams | how much | how often"
                 " | how many times | how many pills | how many tablets | overdose on | maximum"
                 " | how many weeks | how many months | how many days | how many years"
                 " | how many sessions | how many hours"
                 " | how frequently"),
    "specialist": (TOPIC, "which specialist | what specialist | what kind of specialist"
                   " | what doctor | which doctor | what kind of doctor | what type of doctor"
                   " | which kind of doctor | what sort of doctor | who treats | who should treat"),
    "logistics": (TOPIC, "book | booking | opening hours | address | phone number"
                  " | make an appointment | get an appointment | make appointment"
                  " | telephone | referral | waiting list | waiting time | parking | buy | buying"
                  " | purchase | pharmacy | chemist | drugstore | sick note | icd | code"),
    "side_effects": (TOPIC, "side effect | side effects | adverse | complication | complications"
                     " | risks of surgery | safe | safety | allergic | interact | interacts"
                     " | interaction | interactions | with other medicines | with other medications"
                     " | with other drugs | together with | combine | mix"),
    "procedure": (TOPIC, "what happens during | what happens in | what to expect | how is it done"
                  " | how is surgery done | how is the surgery done | how is a biopsy done"
                  " | during surgery | during the surgery | during the biopsy | scar | scars"
                  " | scarring | anesthetic | anesthesia | general anesthetic"
                  " | local anesthetic | stitches | results | result | success rate"),
    "lab_tests": (TOPIC, "blood test | blood tests | blood work | bloodwork | urine test"
                  " | urine tests | blood results"),
    "alternative": (TOPIC, "natural | home remedy | home remedies | herbal | herbs | vinegar"
                    " | turmeric | essential oil | essential oils | acupuncture | homeopathy"
                    " | homeopathic | massage | ice | heat pack | laser | shock wave"
                    " | sodium thiosulfate | bisphosphonates | colchicine | diltiazem | warfarin"
                    " | steroid | steroids | cortisone | antibiotics | antibiotic"),
    "exercise": (TOPIC, "exercise | exercises | exercising | gym | stretching | workout"),
    "lifestyle": (TOPIC, "job | sport | can i work | can i still work | go to work | back to work"
                  " | at work | off work | time off work"
                  " | sports | travel | fly | flying | drive"
                  " | driving | sex | sleep | swim | swimming | shower | bath | weather"
                  " | sun | cold weather"),
    "organ": (TOPIC, "heart | brain | lungs | lung | liver | eye | eyes | teeth | tooth | dental"
              " | gums | breast | breasts | mammogram | artery | arteries | blood vessels"
              " | vessels | bones | bone | stomach | bladder | gallbladder | prostate"
              " | thyroid | pancreas"),
    "other_condition": (CONDITION, "cold | colds | common cold | flu | influenza | covid"
                        " | coronavirus | headache | headaches | migraine | migraines"
                        " | psoriasis | eczema | dermatitis | arthritis | osteoarthritis"
                        " | rheumatoid | gout | pseudogout | lupus | scleroderma"
                        " | dermatomyositis | myositis | crest syndrome | asthma | acne"
                        " | fever | hypertension | high blood pressure | osteoporosis"
                        " | heart disease | allergy | allergies | rash | rashes | tendinitis"
                        " | tendonitis | bursitis | kidney stone | kidney stones | gallstones"
                        " | gallstone | atherosclerosis | calciphylaxis | hypercalcemia"
                        " | hyperparathyroidism | cyst | cysts | wart | warts | mole | moles"
                        " | shingles | sciatica | fibromyalgia | anemia | depression | anxiety"
                        " | stroke | dementia | alzheimer | parkinson | hepatitis | hiv | aids"
                        " | pneumonia | bronchitis | sinusitis | strep | measles | chickenpox"
                        " | mumps | sunburn | burn | burns | fracture | broken bone | sprain"
                        " | sprain | sprained | sprains | tennis elbow | carpal tunnel"
                        " | bunion | bunions | corn | corns"
                        " | calluses | callus | lipoma | gouty | tophi | tophus | sarcoidosis"
                        " | osteoma | tumoral calcinosis | milia | xanthoma | keloid"
                        " | calcium carbonate | calcium supplements | hypocalcemia"),
}

STOPWORDS = frozenset(
    """a an the is are am was were be been being do does did doing done can could will would
    should shall may might must i me my mine myself you your yours we us our he she him her his
    they them their it its itself this that these those there here of to in on at by for with
    from into onto about as and or but if so than then too also just very really any some such
    what which who whom whose how hows im ive id ill dont doesnt didnt isnt arent wasnt cant
    cannot wont wouldnt shouldnt couldnt please kindly know anything something anyone
    get gets getting got have has had having need needs needed want wants like would
    wat waht whta wot hwat wut teh hte adn pls plz thx ur
    again yet already only even ever still both either neither not no yes ok okay
    """.split()
)

NEUTRAL = frozenset(
    """hand hands finger fingers toe toes foot feet arm arms leg legs elbow elbows knee knees hip
    hips shoulder shoulders wrist wrists ankle ankles back neck face body bodies thumb thumbs
    buttock buttocks thigh thighs calf shin shins forearm palm palms heel heels nail nails
    feel feels feeling felt look looks looking looked seem seems seemed notice noticed see seen
    saw think thought thing things stuff people person someone somebody patient patients lot
    lots much more most other others usually normally typically often sometimes always
    now today currently recently new exactly actually simple simply words terms basically
    generally help helps helped helpful useful good ok normal possible possibly likely
    use used using try tried trying take takes taking taken took give given make makes made
    go going goes went come comes coming show shows up down out off over under around near
    all every each one able way ways probably maybe perhaps well right sure certain certainly
    around some kind sort quite bit little few several many enough common commonly
    doc answer question questions ask asking asked wondering wonder curious hi hello hey
    thanks thank guys please tell me say said find found read heard hear mom dad wife husband
    friend son daughter mother father sister brother mum mums mummy mom moms grandma grandad
    grandmother grandfather partner exist exists existing there finds
    embarrassed ashamed scared afraid frightened terrified nervous anxious confused upset
    stressed sad curious desperate shy nan nana gran granny grandpa grandparent husbands wifes
    dads letter letters notes report appointment appointments clinic clinics hospital hospitals
    referred worthwhile worth press pressed pressing weeks months years week month year
    tend tends tended mention mentions mentioned wrote written because cos coz
    done happen happens happened happening start started starts first anyone everyone
    plain english simple terms in simple words layman laymans exactly
    """.split()
)

SUBJECT_TYPES = ("localized", "systemic")
"""Kinds of the subject: a question about one is about the subject."""

ABSORBED = {
    "types": SUBJECT_TYPES,
    "exercise": ("physio",),
    "lesion": ("deposit", "calcinosis"),
}
"""A general word that a more specific one makes redundant in the same question: "the localized
kind" asks about localized calcinosis, "exercises with a physiotherapist" about physiotherapy."""

NARRATIVE_VERBS = frozenset(
    "said says mentioned told tells thinks thought used called wrote diagnosed found gave"
    " explained suspects wants wanted sent referred recommended suggested prescribed".split()
)
"""After a doctor word, these make it a report ("my rheumatologist used the word...") rather
than a question about seeing a doctor."""

PRONOUNS = frozenset("it its this".split())
BACK_REFERENCES = frozenset("that those".split())
"""Words by which a question leans on the sentences before it ("Is that form linked to...?")."""
"""Words that point back at the FAQ's subject ("can diabetes cause it?", "where does it happen")."""
IMPLIED_SUBJECT = "calcinosis"
"""The concept a question that says "it" but names no subject is taken to be about."""

FILLERS = (
    "all the time", "all day", "in simple words", "in simple terms", "in plain english", "for me",
    "at all", "a lot", "right now", "these days", "lately", "my doctor said", "my doctor says",
    "my doctor mentioned", "my doctor told me", "my doctor thinks", "the doctor said",
    "the doctor mentioned", "the doctor told me", "i was told", "ive been told", "i have been told",
    "i was diagnosed with", "ive been diagnosed with", "i have been diagnosed with",
    "i ve been diagnosed with", "i ve been told", "after looking at", "was diagnosed",
    "as a rule", "in general", "in the first place",
    "been diagnosed", "got diagnosed", "is diagnosed", "were diagnosed",
)
