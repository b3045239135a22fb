package org.dyad.coding.cameo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionTest {

    @Test
    void regularVerbFormsFollowEnglishSpelling() {
        assertThat(Inflection.regularVerbForms("ACCUSE")).containsExactly("ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING");
        assertThat(Inflection.regularVerbForms("ATTACK")).containsExactly("ATTACK", "ATTACKS", "ATTACKED", "ATTACKING");
        assertThat(Inflection.regularVerbForms("CARRY")).containsExactly("CARRY", "CARRIES", "CARRIED", "CARRYING");
        assertThat(Inflection.regularVerbForms("DEPLOY")).containsExactly("DEPLOY", "DEPLOYS", "DEPLOYED", "DEPLOYING");
        assertThat(Inflection.regularVerbForms("PUSH")).containsExactly("PUSH", "PUSHES", "PUSHED", "PUSHING");
        assertThat(Inflection.regularVerbForms("VETO")).containsExactly("VETO", "VETOES", "VETOED", "VETOING");
        assertThat(Inflection.regularVerbForms("DIE")).containsExactly("DIE", "DIES", "DIED", "DYING");
        assertThat(Inflection.regularVerbForms("AGREE")).containsExactly("AGREE", "AGREES", "AGREED", "AGREEING");
        assertThat(Inflection.regularVerbForms("RE-OPEN"))
                .containsExactly("RE-OPEN", "RE-OPENS", "RE-OPENED", "RE-OPENING");
    }

    @Test
    void doublingIsNotGuessed() {
        assertThat(Inflection.regularVerbForms("STUN")).containsExactly("STUN", "STUNS", "STUNED", "STUNING");
    }

    @Test
    void pluralsFollowDictionariesRstAndEnglish() {
        assertThat(Inflection.plural("TREATY")).isEqualTo("TREATIES");
        assertThat(Inflection.plural("PROCESS")).isEqualTo("PROCESSES");
        assertThat(Inflection.plural("CEASEFIRE")).isEqualTo("CEASEFIRES");
        assertThat(Inflection.plural("ENVOY")).isEqualTo("ENVOYS");
        assertThat(Inflection.plural("TAX")).isEqualTo("TAXES");
        assertThat(Inflection.plural("BRANCH")).isEqualTo("BRANCHES");
    }
}
