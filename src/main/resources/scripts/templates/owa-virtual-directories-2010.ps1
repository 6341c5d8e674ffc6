[# th:insert="~{_header}" /]
#
# [(${t.c('owaDirs2010.intro')})]
# [(${t.c('exchange.errorActionStop')})]
#Requires -Version 2.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('owaDirs2010.skipIisReset')})]
    [switch]$SkipIisReset,
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})]),
    # [(${t.ci('before.path', '    # ')})]
    [string]$BeforePath = ''
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
$ClientAccessServers = [(${q.clientAccessServers})]
# [(${t.c('owaDirs2010.imServerName')})]
$ImServerName = [(${q.imServerName})]
# [(${t.c('webConfig.certificateSource')})]
$CertificateSource = [(${q.certificateSource})]
# [(${t.c('owaDirs2010.thumbprint')})]
$Certificates = [(${q.certificates})]
# [(${t.c('owaDirs2010.arrayFqdn')})]
$ArrayFqdn = [(${q.certificatePoolFqdn})]

# [(${t.c('owaDirs2010.onServer')})]
function Invoke-OnServer([string]$Server, [scriptblock]$Block) {
    if ($Server -eq $thisComputer) {
        return (& $Block | Select-Object -Last 1)
    }
    return (Invoke-Command -ComputerName $Server -ScriptBlock $Block -ErrorAction Stop | Select-Object -Last 1)
}

[# th:insert="~{_common}" /]
[# th:insert="~{_before}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw [(${t.q('owaDirs2010.noCmdlet')})]
    }
    $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
    # [(${t.c('owaDirs2010.rightServer')})]
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server -ErrorAction Stop
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notmatch '^Version 14\.') {
            throw ([(${t.f('owaDirs2010.notCas2010', '$server')})])
        }
    }

    # [(${t.ci('owaDirs2010.certificateCheck', '    # ')})]
    $thumbprints = @{}
    $problems = @()
    foreach ($server in $ClientAccessServers) {
        $thumbprint = [string]$Certificates[$server]
        if ($CertificateSource -eq 'IIS') {
            $iis = @(Get-ExchangeCertificate -Server $server -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' })
            if ($iis.Count -ne 1) {
                $problems += ([(${t.f('owaDirs2010.noIisCertificate', '$server', '$iis.Count')})])
                continue
            }
            $thumbprint = [string]$iis[0].Thumbprint
        }
        $thumbprints[$server] = $thumbprint
        $certificate = $null
        try {
            $certificate = Get-ExchangeCertificate -Server $server -Thumbprint $thumbprint -ErrorAction Stop
        }
        catch {
            $problems += ([(${t.f('owaDirs2010.noCertificate', '$server', '$thumbprint')})])
            continue
        }
        if (-not $certificate.HasPrivateKey) {
            $problems += ([(${t.f('owaDirs2010.noPrivateKey', '$server', '$thumbprint')})])
        }
        if ((Get-Date) -lt $certificate.NotBefore -or (Get-Date) -gt $certificate.NotAfter) {
            $problems += ([(${t.f('owaDirs2010.outsideDates', '$server', '$thumbprint', '$certificate.NotAfter')})])
        }
        $subjectName = ''
        if ([string]$certificate.Subject -match '(^|,\s*)CN=([^,]+)') {
            $subjectName = $Matches[2].Trim()
        }
        if ($subjectName -ne $server -and (-not $ArrayFqdn -or $subjectName -ne $ArrayFqdn)) {
            $problems += ([(${t.f('owaDirs2010.wrongSubject', '$server', '$thumbprint', '[string]$certificate.Subject', '$ArrayFqdn')})])
        }
        if ($subjectName -like '`*.*') {
            Write-Warning ([(${t.f('webConfig.wildcard', '$server')})])
        }
    }
    if ($problems.Count -gt 0) {
        foreach ($server in $ClientAccessServers) {
            Write-Host ([(${t.f('webConfig.showCertificate', '$server')})])
        }
        throw ($problems -join ' ')
    }

    # [(${t.ci('owaDirs2010.providerCheck', '    # ')})]
    foreach ($server in $ClientAccessServers) {
        if ($server -ne $thisComputer) {
            try {
                [void](Test-WSMan -ComputerName $server -ErrorAction Stop)
            }
            catch {
                throw ([(${t.f('owaDirs2010.noRemoting', '$server', '$_.Exception.Message')})])
            }
        }
        $provider = Invoke-OnServer $server {
            $expected = ''
            if ($env:ExchangeInstallPath) {
                $expected = Join-Path $env:ExchangeInstallPath 'ClientAccess\Owa\bin\Microsoft.Rtc.UCWeb.dll'
            }
            $key = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
            $dllPath = ''
            if ($key -and ($key.PSObject.Properties.Name -contains 'ImplementationDLLPath')) {
                $dllPath = [string]$key.ImplementationDLLPath
            }
            New-Object PSObject -Property @{
                Expected = $expected
                DllPath  = $dllPath
                Exists   = [bool]($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf))
            }
        }
        if (-not $provider.Expected -or [string]$provider.DllPath -ne [string]$provider.Expected -or -not $provider.Exists) {
            throw ([(${t.f('owaDirs2010.noProvider', '$server', '$provider.DllPath', '$provider.Expected')})])
        }
        Write-Host ([(${t.f('owaDirs2010.providerFound', '$server', '$provider.DllPath')})])
    }

    $changedServers = @()
    foreach ($server in $ClientAccessServers) {
        # [(${t.c('owaDirs2010.identity')})]
        $shortName = $server.Split('.')[0]
        $identity = $shortName + '\owa (Default Web Site)'
        $thumbprint = $thumbprints[$server]
        $directory = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
        $same = $directory.InstantMessagingEnabled -and
            [string]$directory.InstantMessagingType -eq 'Ocs' -and
            [string]$directory.InstantMessagingServerName -eq $ImServerName -and
            [string]$directory.InstantMessagingCertificateThumbprint -eq $thumbprint
        if ($same) {
            Write-Host ([(${t.f('owaDirs2010.alreadySet', '$identity')})])
            continue
        }
        if (Test-Change $identity [(${t.q('owaDirs2010.action')})]) {
            Save-Before 'OwaVirtualDirectory' $directory @('InstantMessagingEnabled', 'InstantMessagingType', 'InstantMessagingServerName', 'InstantMessagingCertificateThumbprint')
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $true -InstantMessagingType OCS `
                -InstantMessagingServerName $ImServerName -InstantMessagingCertificateThumbprint $thumbprint -Confirm:$false -ErrorAction Stop
            # [(${t.c('exchange.readBack')})]
            $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
            $right = $after.InstantMessagingEnabled -and
                [string]$after.InstantMessagingType -eq 'Ocs' -and
                [string]$after.InstantMessagingServerName -eq $ImServerName -and
                [string]$after.InstantMessagingCertificateThumbprint -eq $thumbprint
            if (-not $right) {
                throw ([(${t.f('owaDirs2010.readBackFailed', '$identity', '$after.InstantMessagingServerName', '$after.InstantMessagingCertificateThumbprint')})])
            }
            Write-Host ([(${t.f('owaDirs2010.set', '$identity')})])
            $changedServers += $server
        }
    }

    # [(${t.ci('owaDirs2010.iisReset', '    # ')})]
    if ($SkipIisReset -and $changedServers.Count -gt 0) {
        Write-Warning ([(${t.f('owaDirs2010.skipped', '($changedServers -join '', '')')})])
    }
    elseif (-not $SkipIisReset) {
        foreach ($server in $changedServers) {
            if (Test-Change $server 'iisreset /noforce (P-7.5)') {
                $reset = Invoke-OnServer $server {
                    $output = & "$env:windir\System32\iisreset.exe" /noforce | Out-String
                    New-Object PSObject -Property @{ ExitCode = $LASTEXITCODE; Output = $output }
                }
                Write-Host ([string]$reset.Output).Trim()
                if ($reset.ExitCode -ne 0) {
                    throw ([(${t.f('owaDirs2010.iisResetFailed', '$server', '$reset.ExitCode')})])
                }
                Write-Host ([(${t.f('owaDirs2010.iisResetDone', '$server')})])
            }
        }
    }

    Complete-Change [(${t.q('owaDirs2010.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
