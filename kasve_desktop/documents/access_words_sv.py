"""The Swedish fixed words of the access report (see ``access_words``)."""

from __future__ import annotations

from typing import Final

SWEDISH: Final[dict[str, str]] = {
    "document_type": "SVAR PÅ BEGÄRAN OM TILLGÅNG",
    "reference_label": "Referens",
    "title": "Svar på din begäran om tillgång",
    "greeting": "Bästa {name},",
    "received": "Vi tog emot din begäran att få veta vilka personuppgifter vi behandlar om "
                "dig den {date} (referens {reference}).",
    "asked": "Du har bett att få veta vilka personuppgifter vi behandlar om dig.",
    "confirm": "Vi bekräftar att {controller} behandlar personuppgifter som gäller dig. I "
               "detta brev berättar vi per register för vilka ändamål och på vilken grund "
               "uppgifterna behandlas, till vem de lämnas ut, hur länge de sparas och varifrån "
               "de kommer. Som bilaga finns en kopia av alla uppgifter vi har sparat om dig "
               "(EU:s allmänna dataskyddsförordning, artikel 15). Kopian är avgiftsfri.",
    "on_time": "Detta svar ges inom den lagstadgade tiden, som går ut den {due}.",
    "extended": "Svarstiden förlängdes till den {due}, och vi meddelade dig detta den {on}. "
                "Skälet till förlängningen: {reasons}",
    "late": "Svarstiden gick ut den {due}. Vi beklagar att vårt svar är försenat.",
    "contents": "Brevet innehåller följande delar:",
    "questions": "Om du har frågor eller vill använda dina andra rättigheter, kontakta: "
                 "{contact}.",
    "closing": "Med vänliga hälsningar",
    "registers_heading": "Behandlingen av dina uppgifter per register",
    "registers_intro": "Dina uppgifter finns i följande register hos oss: {names}. För varje "
                       "register berättar vi för vilka ändamål och på vilken rättslig grund "
                       "dina uppgifter behandlas, vilka uppgifter om dig som har sparats, till "
                       "vem uppgifterna lämnas ut, hur länge de sparas och varifrån de kommer. "
                       "Själva uppgifterna finns i kopian i bilagan.",
    # (a) purposes and legal bases
    "entry_basis": "För din registrering i detta register har den rättsliga grunden {basis} "
                   "antecknats.",
    "entry_basis_others": "En del av ändamålen nedan grundar sig på en annan rättslig grund, "
                          "som anges vid respektive ändamål.",
    "entry_basis_missing": "Det har inte antecknats vilken rättslig grund din registrering "
                           "vilar på.",
    "purposes_yours": "Vi behandlar dina uppgifter i detta register för följande ändamål:",
    "purposes_register": "Av registrets ändamål gäller följande de uppgifter som sparats om "
                         "dig:",
    "purpose_basis": " – rättslig grund: {basis}",
    "purpose_no_basis": " – den rättsliga grunden har inte antecknats",
    "purpose_interest": "; det berättigade intresse som eftersträvas, enligt registrets "
                        "beskrivning: ",
    "interest_is_registers": "Beskrivningen av det berättigade intresset gäller hela "
                             "registret. Källan till dina uppgifter anges längre ned.",
    "purpose_no_interest": "; det berättigade intresset har inte beskrivits",
    # (b) categories of data
    "categories_intro": "I detta register behandlas följande uppgifter om dig:",
    "categories_none": "Inget annat än själva registreringen har sparats om dig i detta "
                       "register.",
    "category_notes": "Anteckningar om dig",
    "category_restriction": "Uppgift om begränsning av behandlingen",
    "category_entry_note": "En anmärkning om din registrering",
    "category_details": "Tilläggsuppgifter i din registrering: {names}",
    # (c) recipients and transfers
    "recipients_intro": "Följande mottagare får dina uppgifter i detta register:",
    "no_recipients": "Dina uppgifter i detta register lämnas inte ut till andra.",
    "no_transfers_here": "Dina uppgifter i detta register överförs inte utanför EU eller EES.",
    "transfer_here": "{name} behandlar dina uppgifter utanför EU och EES ({country}). "
                     "Skyddsåtgärd för överföringen: ",
    "transfers_heading": "Överföringar utanför EU och EES",
    "transfers_intro": "Dina uppgifter överförs till följande mottagare utanför EU och EES. "
                       "Skyddsåtgärden för varje överföring (artikel 15.2 i "
                       "dataskyddsförordningen):",
    "no_transfers": "Dina uppgifter överförs inte utanför EU eller EES.",
    # (d) storage period
    "due_kept_longer": "Dina övriga uppgifter i detta register har redan raderats. Kvar finns "
                       "endast de uppgifter som har en egen, längre lagringstid; de raderas de "
                       "dagar som anges nedan.",
    "due_last_needed": "Dina uppgifter ska raderas ur detta register den {date} ({months} "
                       "månader efter att de senast behövdes den {anchor}), om de inte behövs "
                       "igen före det.",
    "due_collected": "Dina uppgifter ska raderas ur detta register den {date} ({months} "
                     "månader efter att de samlades in den {anchor}).",
    "due_open": "Uppgifterna i detta register raderas {months} månader efter att de senast "
                "behövdes. Dina uppgifter behövs fortfarande, så datumet då de raderas kan "
                "ännu inte räknas ut.",
    "due_no_collected": "Uppgifterna i detta register raderas {months} månader efter att de "
                        "samlades in. Insamlingsdatumet har inte antecknats i din "
                        "registrering, så datumet då de raderas kan inte räknas ut.",
    "held": "Dina uppgifter sparas tills vidare på grund av en lagstadgad skyldighet att "
            "bevara dem.",
    "category_rules": "Följande uppgifter sparas under en annan tid:",
    "category_due_last_needed": "{category}: raderas den {date} ({months} månader efter att "
                                "uppgifterna senast behövdes)",
    "category_due_collected": "{category}: raderas den {date} ({months} månader efter "
                              "insamlingen)",
    "category_open_last_needed": "{category}: raderas {months} månader efter att uppgifterna "
                                 "senast behövdes",
    "category_open_collected": "{category}: raderas {months} månader efter insamlingen",
    # (e) rights, (f) complaint, (g) source, (h) automated decisions
    "rights_entry": "Du kan begära att dina uppgifter i detta register rättas eller raderas "
                    "och att behandlingen av dem begränsas.",
    "rights_consent": "I den mån behandlingen grundar sig på ditt samtycke kan du när som "
                      "helst återkalla samtycket. Återkallelsen påverkar inte lagligheten av "
                      "behandlingen innan samtycket återkallades.",
    "rights_portability": "Du kan få de uppgifter som du själv har lämnat i ett strukturerat, "
                          "maskinläsbart format och överföra dem till en annan "
                          "personuppgiftsansvarig (artikel 20).",
    "rights_object": "Du kan av skäl som hänför sig till din specifika situation invända mot "
                     "behandling som grundar sig på vårt berättigade intresse (artikel 21.1).",
    "rights_object_public": "Du kan av skäl som hänför sig till din specifika situation "
                            "invända mot behandling som grundar sig på en uppgift av allmänt "
                            "intresse (artikel 21.1).",
    "rights_object_marketing": "Du kan när som helst och utan att ange skäl invända mot att "
                               "dina uppgifter behandlas för direktmarknadsföring (artikel "
                               "21.2 och 21.3). Därefter behandlas dina uppgifter inte längre "
                               "för detta ändamål.",
    "complaint_here": "Om du anser att behandlingen av dina uppgifter i detta register strider "
                      "mot dataskyddsbestämmelserna kan du lämna klagomål till "
                      "tillsynsmyndigheten ({authority}).",
    "entry_source": "I din registrering har som källa för uppgifterna antecknats ”{source}”.",
    "entry_source_on": "I din registrering har som källa för uppgifterna antecknats "
                       "”{source}” och som insamlingsdag {date}.",
    "source_public": "Källan är offentlig.",
    "source_missing": "Det har inte antecknats varifrån uppgifterna i din registrering kommer.",
    "no_automated_here": "Dina uppgifter i detta register används inte för automatiserat "
                         "beslutsfattande eller profilering.",
    "rights_heading": "Dina rättigheter",
    "rights_intro": "Dataskyddsförordningen ger dig följande rättigheter:",
    "right_access": "rätt till tillgång till dina uppgifter (artikel 15) – detta svar",
    "right_rectify": "rätt att få felaktiga uppgifter rättade (artikel 16)",
    "right_erase": "rätt till radering (artikel 17)",
    "right_restrict": "rätt till begränsning av behandlingen (artikel 18)",
    "right_port": "rätt att flytta de uppgifter du lämnat till ett annat system (artikel 20)",
    "right_object": "rätt att invända mot behandlingen och mot direktmarknadsföring "
                    "(artikel 21)",
    "right_withdraw": "rätt att när som helst återkalla ett samtycke (artikel 7.3)",
    "rights_how": "Du kan använda dina rättigheter genom att kontakta: {contact}.",
    "complaint_all": "Du har rätt att lämna klagomål till tillsynsmyndigheten om du anser att "
                     "behandlingen av dina personuppgifter strider mot "
                     "dataskyddsbestämmelserna.",
    "authority_heading": "Tillsynsmyndighetens kontaktuppgifter",
    "redaction_heading": "Andra personers uppgifter",
    "inflection_note": "Andra personers namn har känts igen i kopian endast i den form som de "
                       "har sparats i. Böjda former av namnen (till exempel ”Virtasen”) kan "
                       "därför ha lämnats kvar.",
    "redaction": "{count} uppgifter har utelämnats ur kopian eftersom de gäller andra personer "
                 "(artikel 15.4 i dataskyddsförordningen). De är markerade i bilagan med "
                 "{marker}. Om du inte håller med kan du lämna klagomål till "
                 "tillsynsmyndigheten och söka ändring vid domstol (artikel 12.4).",
    "redaction_row": "{where}: {why}",
    "redacted": "[utelämnat]",
    "why_email": "en annan persons e-postadress",
    "why_phone": "en annan persons telefonnummer",
    "why_name": "en annan persons namn",
    "copy_title": "Kopia av dina personuppgifter",
    "copy_intro": "Denna bilaga innehåller alla uppgifter som {controller} har sparat om dig "
                  "den {date}. Koderna är förklarade, och datum skrivs dag.månad.år.",
    "annex": "Bilaga",
    "copy_person": "Dina person- och kontaktuppgifter",
    "copy_entries": "Registeranteckningar",
    "copy_consents": "Samtycken",
    "copy_objections": "Invändningar mot direktmarknadsföring",
    "copy_events": "Evenemang",
    "copy_requests": "Dina begäranden och hur de behandlades",
    "copy_redactions": "Utelämnade uppgifter",
    "no_consents": "Inga samtycken har sparats från dig.",
    "no_objections": "Inga invändningar mot direktmarknadsföring har sparats från dig.",
    "no_events": "Du har inte antecknats för några evenemang.",
    "requests_note": "Vi behandlar uppgifterna om dina begäranden (begäran, hur den "
                     "behandlades och våra svar med datum) för att handlägga dem och för att "
                     "kunna visa att vi behandlade dem lagenligt. Den rättsliga grunden är en "
                     "rättslig förpliktelse (artikel\u00a06.1 c samt artiklarna 12 och 5 i "
                     "dataskyddsförordningen). Vi sparar dem i {years} år efter vårt svar och "
                     "raderar dem därefter.",
    "no_requests": "Inga begäranden har sparats från dig.",
    "col_field": "Uppgift", "col_value": "Sparat värde",
    "col_date": "Datum", "col_step": "Steg", "col_note": "Tilläggsuppgift",
    "consent_n": "Samtycke {n}: {purpose}", "objection_n": "Invändning {n}",
    "event_n": "{name}", "request_n": "Begäran {reference}", "timeline": "Behandlingens steg",
    "yes": "ja", "no": "nej", "not_recorded": "inte antecknat",
    "not_withdrawn": "nej – samtycket gäller",
    "at_time": "{date} kl. {time}",
    "first_name": "Förnamn", "last_name": "Efternamn", "email_n": "E-postadress",
    "phone_n": "Telefonnummer", "street": "Gatuadress", "address_extra": "Adressens tilläggsrad",
    "postal_code": "Postnummer", "locality": "Postanstalt", "country": "Land",
    "municipality": "Hemkommun", "organisation": "Organisation", "role": "Befattning",
    "birth_year": "Födelseår", "gender": "Kön", "customer_number": "Kundnummer",
    "business_id": "FO-nummer", "language": "Kontaktspråk", "username": "Användarnamn",
    "website": "Webbplats", "notes": "Anteckningar", "restricted": "Behandlingen begränsad",
    "restriction_reason": "Skäl till begränsningen", "restricted_since": "Begränsad från",
    "created_at": "Registrerad i detta system", "updated_at": "Senast ändrad i detta system",
    "register": "Register", "source": "Källa", "legal_basis": "Rättslig grund",
    "collected_on": "Insamlad", "last_needed_on": "Senast behövd",
    "legal_hold": "Lagstadgad skyldighet att bevara", "due_on": "Raderas",
    "note": "Anmärkning", "detail": "Tilläggsuppgift: {name}",
    "purpose": "Ändamål", "channel": "Kanal", "granted_at": "Givet",
    "withdrawn_at": "Återkallat", "captured_via": "Hur det gavs",
    "notice_version": "Dataskyddsbeskrivningens version", "evidence": "Bevis",
    "scope": "Omfattning", "since": "Från", "request": "Begäran",
    "event": "Evenemang", "event_date": "Tidpunkt", "location": "Plats",
    "signed_up_at": "Anmäld", "attended": "Deltog",
    "captured_on": "Antecknat på enheten",
    "reference": "Referens", "type": "Typ av begäran", "received_on": "Mottagen",
    "status": "Status", "answer_by": "Ska besvaras senast",
    "extended_to": "Svarstiden förlängd till", "extension_reason": "Skäl till förlängningen",
    "identity_method": "Kontroll av identitet", "paused_on": "Klockan stoppad",
    "resumed_on": "Klockan startad", "response_channel": "Svarskanal",
    "sent_on": "Svaret skickat", "closed_on": "Avslutad", "outcome": "Resultat",
    "refusal_reasons": "Skäl till avslag", "description": "Innehållet i din begäran",
    "requester_name": "Den begärandes namn", "requester_email": "Den begärandes e-postadress",
    "requester_phone": "Den begärandes telefonnummer", "requester_address": "Den begärandes adress",
    "documents": "Dokument", "this_request": "denna begäran",
}
