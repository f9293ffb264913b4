namespace Dossier.Tests.Text.Tokenization;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Terminal_punctuation_ends_a_sentence()
    {
        Assert.Equal("It rained. || We stayed in! || Why? || Nobody knows\u2026 || Later it stopped.",
            Segment.Sentences("It rained. We stayed in! Why? Nobody knows\u2026\nLater it stopped."));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_the_sentence_before()
    {
        Assert.Equal("\u201CWe will win.\u201D || She left. || (He stayed.) || \"Fine!\" || Then silence.",
            Segment.Sentences("\u201CWe will win.\u201D She left. (He stayed.) \"Fine!\" Then silence."));
    }

    [Fact]
    public void A_lower_case_word_after_a_closing_quote_continues_the_sentence() =>
        Assert.Equal("\"Why?\" he asked.", Segment.Sentences("\"Why?\" he asked."));

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence() =>
        Assert.Equal("Mr. J. R. Smith of Acme Inc. met Gen. Lee in the U.S. capital on Jan. 5. || He left.",
            Segment.Sentences("Mr. J. R. Smith of Acme Inc. met Gen. Lee in the U.S. capital on Jan. 5. He left."));

    [Fact]
    public void An_abbreviation_before_a_sentence_starter_ends_the_sentence() =>
        Assert.Equal("They sold apples, pears, etc. || The rest rotted.",
            Segment.Sentences("They sold apples, pears, etc. The rest rotted."));

    [Fact]
    public void Headlines_and_line_breaks_end_sentences() =>
        Assert.Equal("Kazakhstan protests spread || By Jane Doe || ALMATY (Reuters) - Protests spread on Tuesday.",
            Segment.Sentences("Kazakhstan protests spread\nBy Jane Doe\n\nALMATY (Reuters) - Protests spread on Tuesday."));

    [Fact]
    public void Citation_marks_stay_with_the_sentence_they_follow() =>
        Assert.Equal("He studied in Dulwich. [17] || Later he moved.", Segment.Sentences("He studied in Dulwich. [17] Later he moved."));

    [Fact]
    public void A_list_number_opens_its_sentence_instead_of_ending_one()
    {
        Assert.Equal("1|.|Blowback|in|Iraq|.", Segment.Tokens("1. Blowback in Iraq."));
        Assert.Equal("It is in order. || 1. Blowback in Iraq. || 2. Iran.", Segment.Sentences("It is in order. 1. Blowback in Iraq. 2. Iran."));
    }

    [Fact]
    public void Emoticons_and_doubled_quotes_after_the_end_stay_with_the_sentence() =>
        Assert.Equal("You will love it! :) || He said ``no.'' || Then he left.",
            Segment.Sentences("You will love it! :) He said ``no.'' Then he left."));

    [Fact]
    public void A_speaker_and_speech_verb_after_a_quoted_question_continue_the_sentence()
    {
        Assert.Equal("\"What's your name?\" Carroll said. || I told her.", Segment.Sentences("\"What's your name?\" Carroll said. I told her."));
        Assert.Equal("\u201CWhy should they pay?\u201D || Shojai told the crowd.", Segment.Sentences("\u201CWhy should they pay?\u201D Shojai told the crowd."));
    }

    [Fact]
    public void An_empty_text_has_no_sentences() => Assert.Equal("", Segment.Sentences(" \n\n "));
}
