"""The published sources the demo content cites, one citation each.

Only clinical guidelines, systematic reviews, reviews in major journals and
public health services' pages, each checked by its DOI or address. A footnote
says in our own words what the source supports, then cites it:

    "[^1]: Staying active helps most people recover. " + sources.NICE_NG59

Keeping every citation here means one spelling of each, and one place to update
a guideline when a new edition appears.
"""


def _doi(text: str, doi: str) -> str:
    return f"{text} [doi:{doi}](https://doi.org/{doi})"


# Clinical guidelines
NICE_NG59 = (
    "National Institute for Health and Care Excellence (NICE). *Low back pain "
    "and sciatica in over 16s: assessment and management* (NG59), 2016, updated "
    "2020. <https://www.nice.org.uk/guidance/ng59>"
)
NICE_NG226 = (
    "National Institute for Health and Care Excellence (NICE). *Osteoarthritis in "
    "over 16s: diagnosis and management* (NG226), 2022. "
    "<https://www.nice.org.uk/guidance/ng226>"
)
NICE_NG65 = (
    "National Institute for Health and Care Excellence (NICE). *Spondyloarthritis "
    "in over 16s: diagnosis and management* (NG65), 2017. "
    "<https://www.nice.org.uk/guidance/ng65>"
)
WHO_LBP_2023 = (
    "World Health Organization. *WHO guideline for non-surgical management of "
    "chronic primary low back pain in adults in primary and community care "
    "settings*, 2023. <https://www.who.int/publications/i/item/9789240081789>"
)
ACP_2017 = _doi(
    "Qaseem A, Wilt TJ, McLean RM, Forciea MA. *Noninvasive treatments for acute, "
    "subacute, and chronic low back pain: a clinical practice guideline from the "
    "American College of Physicians.* Annals of Internal Medicine, 2017.",
    "10.7326/M16-2367",
)
OARSI_2019 = _doi(
    "Bannuru RR, Osani MC, Vaysbrot EE, et al. *OARSI guidelines for the "
    "non-surgical management of knee, hip, and polyarticular osteoarthritis.* "
    "Osteoarthritis and Cartilage, 2019.",
    "10.1016/j.joca.2019.06.011",
)
WHO_ACTIVITY_2020 = _doi(
    "Bull FC, Al-Ansari SS, Biddle S, et al. *World Health Organization 2020 "
    "guidelines on physical activity and sedentary behaviour.* British Journal of "
    "Sports Medicine, 2020.",
    "10.1136/bjsports-2020-102955",
)
RED_FLAGS_2020 = _doi(
    "Finucane LM, Downie A, Mercer C, et al. *International framework for red "
    "flags for potential serious spinal pathologies.* Journal of Orthopaedic & "
    "Sports Physical Therapy, 2020.",
    "10.2519/jospt.2020.9971",
)

# Public health services
NHS_BACK_PAIN = "NHS. *Back pain.* <https://www.nhs.uk/conditions/back-pain/>"
NHS_CAUDA_EQUINA = (
    "NHS. *Cauda equina syndrome.* "
    "<https://www.nhs.uk/conditions/cauda-equina-syndrome/>"
)

# Reviews: low back pain and sciatica
MAHER_2017 = _doi(
    "Maher C, Underwood M, Buchbinder R. *Non-specific low back pain.* The "
    "Lancet, 2017.",
    "10.1016/S0140-6736(16)30970-9",
)
OSULLIVAN_2020 = _doi(
    "O'Sullivan PB, Caneiro JP, O'Sullivan K, et al. *Back to basics: 10 facts "
    "every person should know about back pain.* British Journal of Sports "
    "Medicine, 2020.",
    "10.1136/bjsports-2019-101611",
)
SWAIN_2020 = _doi(
    "Swain CTV, Pan F, Owen PJ, Schmidt H, Belavy DL. *No consensus on causality "
    "of spine postures or physical exposure and low back pain: a systematic "
    "review of systematic reviews.* Journal of Biomechanics, 2020.",
    "10.1016/j.jbiomech.2019.08.006",
)
HAYDEN_2021 = _doi(
    "Hayden JA, Ellis J, Ogilvie R, Malmivaara A, van Tulder MW. *Exercise "
    "therapy for chronic low back pain.* Cochrane Database of Systematic Reviews, "
    "2021.",
    "10.1002/14651858.CD009790.pub2",
)
SARAGIOTTO_2016 = _doi(
    "Saragiotto BT, Maher CG, Yamato TP, et al. *Motor control exercise for "
    "chronic non-specific low-back pain.* Cochrane Database of Systematic "
    "Reviews, 2016.",
    "10.1002/14651858.CD012004",
)
YAMATO_2015 = _doi(
    "Yamato TP, Maher CG, Saragiotto BT, et al. *Pilates for low back pain.* "
    "Cochrane Database of Systematic Reviews, 2015.",
    "10.1002/14651858.CD010265.pub2",
)
ROPPER_2015 = _doi(
    "Ropper AH, Zafonte RD. *Sciatica.* New England Journal of Medicine, 2015.",
    "10.1056/NEJMra1410151",
)
JENSEN_2019 = _doi(
    "Jensen RK, Kongsted A, Kjaer P, Koes B. *Diagnosis and treatment of "
    "sciatica.* BMJ, 2019.",
    "10.1136/bmj.l6273",
)
KATZ_2022 = _doi(
    "Katz JN, Zimmerman ZE, Mass H, Makhni MC. *Diagnosis and management of "
    "lumbar spinal stenosis: a review.* JAMA, 2022.",
    "10.1001/jama.2022.5921",
)
ZAINA_2016 = _doi(
    "Zaina F, Tomkins-Lane C, Carragee E, Negrini S. *Surgical versus "
    "non-surgical treatment for lumbar spinal stenosis.* Cochrane Database of "
    "Systematic Reviews, 2016.",
    "10.1002/14651858.CD010264.pub2",
)
COHEN_2013 = _doi(
    "Cohen SP, Chen Y, Neufeld NJ. *Sacroiliac joint pain: a comprehensive "
    "review of epidemiology, diagnosis and treatment.* Expert Review of "
    "Neurotherapeutics, 2013.",
    "10.1586/ern.12.148",
)
LASLETT_2008 = _doi(
    "Laslett M. *Evidence-based diagnosis and treatment of the painful "
    "sacroiliac joint.* Journal of Manual & Manipulative Therapy, 2008.",
    "10.1179/jmt.2008.16.3.142",
)
QUINTNER_2015 = _doi(
    "Quintner JL, Bove GM, Cohen ML. *A critical evaluation of the trigger point "
    "phenomenon.* Rheumatology, 2015.",
    "10.1093/rheumatology/keu471",
)
GIOVANNINI_2021 = (
    "Giovannini I, Zabotti A, Cicciò C, et al. *Axial psoriatic disease: clinical "
    "and imaging assessment of an underdiagnosed condition.* Journal of Clinical "
    "Medicine, 2021. <https://pmc.ncbi.nlm.nih.gov/articles/PMC8268702/>"
)
FELD_2018 = _doi(
    "Feld J, Chandran V, Haroon N, Inman R, Gladman D. *Axial disease in "
    "psoriatic arthritis and ankylosing spondylitis: a critical comparison.* "
    "Nature Reviews Rheumatology, 2018.",
    "10.1038/s41584-018-0006-8",
)

# Reviews: hip
FRANSEN_2014 = _doi(
    "Fransen M, McConnell S, Hernandez-Molina G, Reichenbach S. *Exercise for "
    "osteoarthritis of the hip.* Cochrane Database of Systematic Reviews, 2014.",
    "10.1002/14651858.CD007912.pub2",
)
GRIMALDI_2015 = _doi(
    "Grimaldi A, Fearon A. *Gluteal tendinopathy: integrating pathomechanics and "
    "clinical features in its management.* Journal of Orthopaedic & Sports "
    "Physical Therapy, 2015.",
    "10.2519/jospt.2015.5829",
)
MELLOR_2018 = _doi(
    "Mellor R, Bennell K, Grimaldi A, et al. *Education plus exercise versus "
    "corticosteroid injection use versus a wait and see approach on global "
    "outcome and pain from gluteal tendinopathy: prospective, single blinded, "
    "randomised clinical trial.* BMJ, 2018.",
    "10.1136/bmj.k1662",
)
TORRIANI_2009 = _doi(
    "Torriani M, Souto SC, Thomas BJ, Ouellette H, Bredella MA. *Ischiofemoral "
    "impingement syndrome: an entity with hip pain and abnormalities of the "
    "quadratus femoris muscle.* American Journal of Roentgenology, 2009.",
    "10.2214/AJR.08.2090",
)
BAKER_2016 = _doi(
    "Baker RL, Fredericson M. *Iliotibial band syndrome in runners: "
    "biomechanical implications and exercise interventions.* Physical Medicine "
    "and Rehabilitation Clinics of North America, 2016.",
    "10.1016/j.pmr.2015.08.005",
)

# Reviews: neck and stretching
GROSS_2015 = _doi(
    "Gross A, Kay TM, Paquin JP, et al. *Exercises for mechanical neck "
    "disorders.* Cochrane Database of Systematic Reviews, 2015.",
    "10.1002/14651858.CD004250.pub5",
)
BEHM_2016 = _doi(
    "Behm DG, Blazevich AJ, Kay AD, McHugh M. *Acute effects of muscle stretching "
    "on physical performance, range of motion, and injury incidence in healthy "
    "active individuals: a systematic review.* Applied Physiology, Nutrition, and "
    "Metabolism, 2016.",
    "10.1139/apnm-2015-0235",
)
