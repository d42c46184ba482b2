"""Common English words that say nothing about a medical topic.

A word the matcher does not know counts against a match; these are known to carry no topic, so they
neither help nor hurt. Medical and body words are deliberately absent (they live in the lexicon).
"""

from __future__ import annotations

COMMON_WORDS = frozenset(
 """
 able about above across actual actually add added after afterwards against ago ahead all allow
 allowed almost alone along already alright although always among amount another answer
 answers anybody anyhow anymore anyone anything anyway anyways anywhere apart appreciate
 appropriate around ask asked asking aspect available average away awful bad badly basic
 basically become becomes becoming before begin beginning begins behind believe believed below
 beside besides best better between beyond bit bits both bother bring brings brought but buy
 call called calls came can't care careful carefully case cases certain certainly chance
 change changed changes changing check clear clearly come comes coming common commonly
 completely concern concerned concerning consider considered could couldn course currently
 daily deal dear decide definitely describe described detail details did didn
 different differently do doing done doubt during each early easily easy either else
 elsewhere end ending enough entire entirely especially etc even event eventually ever
 every everybody everyday everyone everything everywhere exact exactly example except expect
 expected explain explained fact fairly far few fine first follow following found free
 frequently friend from full fully further future gave general generally get gets getting give
 given gives giving glad go goes going gone good got gotten great guess guy had happen
 happened happening happens hard hardly has have having hear heard hello help helped helpful
 helping helps her here hey hi high highly him himself his hold home hope hopefully
 how however huge idea if important include included includes including indeed info
 information inside instead interested issue issues just keep keeps kept kind kinda know
 knowing known knows last late later latest least leave left less let lets life like likely
 line little live lives living long look looked looking looks lot lots love low made main
 mainly make makes making many matter maybe mean meant might mind moment
 more moreover most mostly much must name near nearly necessarily need needed
 needing needs never new next nice nobody none nor normal normally nothing notice
 noticed now nowhere number obviously off often oh ok okay old once one ones only onto open
 opened opening opinion order ordinary other others otherwise ought out outside over overall
 own part particular particularly past per perhaps person personal personally place plan
 please plus point possible possibly pretty probably put putting question questions quick
 quickly quite rather read ready real really reason recent recently regarding regular
 regularly remember right said same saw say saying says second see seeing seem seemed seems
 seen self sent serious seriously set several shall share short should show showed shown
 shows side similar simple simply since situation small so some somebody someday somehow
 someone something sometime sometimes somewhat somewhere soon sorry sort special specific
 specifically start started starting starts stay still stop stopped strange stuff such
 suddenly suggest suppose supposed sure take taken takes taking talk talked talking tell
 telling tells than thank thanks that then there therefore these thing things think thinking
 third this thorough thoroughly those though thought three through throughout thus
 together told too took top total totally touch touched toward towards tried tries true
 truly try trying turn turned turning twice two type under understand understanding unless
 unlike unlikely until unusual up upon us use used useful uses using usual usually various
 very via want wanted wanting wants was way ways weird well went were what whatever
 whenever whether which while whole why will wish with within without wonder wondering word
 words worried worry would wow yeah yes yet young
 """.split()
)
